package org.ridercoop.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Position;
import org.ridercoop.platform.validation.Within;

/** The validated bodies of the membership use cases (limits as patterns and {@link Within}, see RegisterCooperative). */
public final class MembershipCommands {
    static final String TEXT_200 = "(?s)(?=.*\\S).{1,200}";
    static final String TEXT_1000 = "(?s)(?=.*\\S).{1,1000}";
    static final String PHONE = "[0-9+() -]{7,20}";
    /** The most won one operation moves: ten trillion, far below the range of a long. */
    static final long MAX_WON = 10_000_000_000_000L;

    private MembershipCommands() {
    }

    /** An application; {@code email} and {@code onBehalf} only when the board enters it for someone else. */
    public record Apply(
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String name,
            @Email(message = "is not an e-mail address") @Pattern(regexp = "(?s).{3,320}", message = "is not an e-mail address") String email,
            @Pattern(regexp = PHONE, message = "digits, spaces, +, - and parentheses") String phone,
            @NotNull(message = "is required") @Within(min = 1, max = 1_000_000, message = "1 to 1,000,000 shares") Integer shares,
            Boolean onBehalf) {
    }

    /** §21: the reason an application is refused. */
    public record Refusal(
            @NotNull(message = "is required (§21)") @Pattern(regexp = TEXT_1000, message = "is required (§21), at most 1000 characters") String reason) {
    }

    public record ContactChange(
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String name,
            @Pattern(regexp = PHONE, message = "digits, spaces, +, - and parentheses") String phone) {
    }

    /** Notice of withdrawal; the day it was given (today when absent). */
    public record Notice(LocalDate noticeOn) {
    }

    public record Death(@NotNull(message = "is required") LocalDate diedOn) {
    }

    public record OpenExpulsion(
            @NotNull(message = "is required: NON_USE, UNPAID or OTHER") ExpulsionCase.Ground ground,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,2000}", message = "is required, at most 2000 characters") String details,
            @NotNull(message = "is required") LocalDate noticeGivenOn,
            @NotNull(message = "is required") LocalDate assemblyOn) {
    }

    public record Subscription(
            @NotNull(message = "is required") @Within(min = 1, max = 1_000_000, message = "1 to 1,000,000 shares") Integer shares) {
    }

    public record Payment(
            @NotNull(message = "is required") @Within(min = 1, max = MAX_WON, message = "a whole number of won from 1 to 10,000,000,000,000") Long amountWon,
            @NotNull(message = "is required") LocalDate paidOn,
            @Pattern(regexp = "(?s).{0,500}", message = "at most 500 characters") String note) {
    }

    public record Valuation(
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = "a whole number of won from 0 to 10,000,000,000,000") Long amountWon) {
    }

    public record Withholding(
            @NotNull(message = "is required") Boolean withheld,
            @Pattern(regexp = "(?s).{0,500}", message = "at most 500 characters") String reason) {
    }

    public record RefundPayment(@NotNull(message = "is required") LocalDate paidOn) {
    }

    public record Appointment(
            @NotNull(message = "is required") Long membershipId,
            @NotNull(message = "is required: CHAIR, DIRECTOR or AUDITOR") Position position,
            @NotNull(message = "is required") LocalDate termStart,
            @NotNull(message = "is required") LocalDate termEnd) {
    }

    public record TermEnd(@NotNull(message = "is required") LocalDate endOn) {
    }
}
