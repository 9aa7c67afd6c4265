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
}
