package org.ridercoop.web.payouts.entity;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the payout calls, as the forms typed them; what does not parse goes as null for the API to name. */
public final class PayoutCommands {
    private PayoutCommands() {
    }

    public record Amount(String label, Long amountWon) {
    }

    public record NewRun(String pool, LocalDate periodStart, LocalDate periodEnd, List<Amount> incomes, List<Amount> deductions) {
    }

    /** Whom to mark paid: null for everyone unpaid. */
    public record Payment(List<Long> membershipIds) {
    }

    /** Where the member's payouts go: the bank's name, the number (digits and dashes), the holder's name. */
    public record BankAccount(String bank, String accountNumber, String holder) {
    }
}
