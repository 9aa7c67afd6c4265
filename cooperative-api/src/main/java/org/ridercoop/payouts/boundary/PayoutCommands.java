package org.ridercoop.payouts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.ridercoop.platform.validation.Within;

/** The validated bodies of the payout use cases. Amounts are whole won. */
public final class PayoutCommands {
    private PayoutCommands() {
    }

    public record Settings(
            @NotNull(message = "is required") @Within(min = 0, max = 5000, message = "0 to 5000 basis points (50%)") Integer operatingShareBp,
            @NotNull(message = "is required") @Within(min = 0, max = 5000, message = "0 to 5000 basis points (50%)") Integer withholdingBp,
            @NotNull(message = "is required") @Pattern(regexp = "HOURS|DELIVERIES|INCOME|MIX", message = "HOURS, DELIVERIES, INCOME or MIX") String formula,
            @Within(min = 0, max = 100, message = "0 to 100") Integer weightHours,
            @Within(min = 0, max = 100, message = "0 to 100") Integer weightDeliveries,
            @Within(min = 0, max = 100, message = "0 to 100") Integer weightIncome) {
    }

    /** An income of the pool or a named deduction. */
    public record Amount(@NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,100}", message = "is required, at most 100 characters")
                         String label,
                         @NotNull(message = "is required") @Within(min = 0, max = 1_000_000_000_000L, message = "a whole number of won up to 10^12")
                         Long amountWon) {
    }

    public record NewRun(@Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "letters, digits, - or _, at most 40") String pool,
                         @NotNull(message = "is required") LocalDate periodStart, @NotNull(message = "is required") LocalDate periodEnd,
                         @NotNull(message = "is required") @Within(min = 1, max = 50, message = "1 to 50 incomes") List<@NotNull @Valid Amount> incomes,
                         @Within(min = 0, max = 50, message = "at most 50 deductions") List<@NotNull @Valid Amount> deductions) {
    }

    /** Whom to mark paid: the given members, or (no list) everyone unpaid. */
    public record Payment(List<@NotNull Long> membershipIds) {
    }

    /** Where payouts are transferred. */
    public record BankAccount(
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,40}", message = "is required, at most 40 characters") String bank,
            @NotNull(message = "is required") @Pattern(regexp = "[0-9][0-9-]{4,38}[0-9]", message = "digits and dashes, 6 to 40") String accountNumber,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,100}", message = "is required, at most 100 characters") String holder) {
    }

    /**
     * The board's proposal for a fiscal year's result (negative: a loss): what goes to the legal and voluntary reserves
     * and to dividends; {@code opening} only when no earlier year's appropriation is recorded (from the books).
     */
    public record SurplusProposal(
            @NotNull(message = "is required") @Within(min = 2000, max = 2100, message = "a year from 2000 to 2100") Integer fiscalYear,
            @NotNull(message = "is required") @Within(min = -MAX_WON, max = MAX_WON, message = "a whole number of won, at most 10^13 either way")
            Long netIncomeWon,
            @Valid Opening opening,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long legalReserveWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long voluntaryReserveWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long patronageDividendWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long capitalDividendWon,
            @Pattern(regexp = "(?s).{0,2000}", message = "at most 2000 characters") String note) {
    }

    /** The balances a year opens with, from the books: retained earnings, the reserves, the loss carried forward. */
    public record Opening(
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long retainedWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long voluntaryWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long legalWon,
            @NotNull(message = "is required") @Within(min = 0, max = MAX_WON, message = WON) Long lossWon) {
    }

    /** Shares bought with a member's dividend. */
    public record Reinvestment(@NotNull(message = "is required") Long membershipId,
                               @NotNull(message = "is required") @Within(min = 1, max = 1_000_000, message = "1 to 1,000,000 shares") Integer shares) {
    }

    static final long MAX_WON = 10_000_000_000_000L;
    static final String WON = "a whole number of won from 0 to 10^13";
}
