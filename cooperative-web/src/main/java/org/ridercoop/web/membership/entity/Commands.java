package org.ridercoop.web.membership.entity;

import java.time.LocalDate;

/**
 * The bodies the membership calls send. What a person typed badly travels as null (left out of the JSON), so that
 * the API, the one validator, answers with its field error.
 */
public final class Commands {
    private Commands() {
    }

    /** Applying for oneself: the API takes the e-mail address from the sign-in. */
    public record Application(String name, String phone, Integer shares) {
    }

    public record Refusal(String reason) {
    }

    public record Contact(String name, String phone) {
    }

    public record Withdrawal(LocalDate noticeOn) {
    }

    public record Death(LocalDate diedOn) {
    }

    public record NewExpulsionCase(String ground, String details, LocalDate noticeGivenOn, LocalDate assemblyOn) {
    }

    public record Subscription(Integer shares) {
    }

    public record Payment(Long amountWon, LocalDate paidOn) {
    }

    public record Valuation(Long amountWon) {
    }

    public record Withholding(boolean withheld, String reason) {
    }

    public record RefundPayment(LocalDate paidOn) {
    }
}
