package org.ridercoop.dues.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ridercoop.platform.validation.Within;

/** The validated bodies of the dues use cases. Amounts are whole won (a fraction is refused before this). */
public final class DuesCommands {
    static final long MAX_PAYMENT_WON = 100_000_000L;

    private DuesCommands() {
    }

    /**
     * A plan from a day on: a flat monthly fee ({@code monthlyWon}), a fee per delivery ({@code perDeliveryWon}) or a
     * share of income ({@code incomeRateBasisPoints}, 150 = 1.5%), the last two of the previous month's confirmed work
     * records. The standard one applies to every member not on another.
     */
    public record NewPlan(
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,100}", message = "is required, at most 100 characters") String name,
            @Pattern(regexp = "FLAT_MONTHLY|PER_DELIVERY|PERCENT_OF_INCOME", message = "FLAT_MONTHLY, PER_DELIVERY or PERCENT_OF_INCOME") String kind,
            @Within(min = 0, max = 100_000_000, message = "a whole number of won from 0 to 100,000,000") Long monthlyWon,
            @Within(min = 1, max = 100_000, message = "a whole number of won from 1 to 100,000") Long perDeliveryWon,
            @Within(min = 1, max = 3_000, message = "from 1 (0.01%) to 3000 (30%)") Integer incomeRateBasisPoints,
            @NotNull(message = "is required") Boolean standard,
            @NotNull(message = "is required") LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A plan ends on a day (its last). */
    public record EndPlan(@NotNull(message = "is required") LocalDate endsOn) {
    }

    /** The member pays on this plan from that day; no plan: back to the standard one. */
    public record AssignPlan(Long planId, @NotNull(message = "is required") LocalDate startsOn) {
    }

    /** A month to bill, e.g. 2026-11. */
    public record BillingRun(@NotNull(message = "is required, e.g. 2026-11") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "a month, e.g. 2026-11")
                             String month) {
    }

    /** A payment of dues received. */
    public record Payment(
            @NotNull(message = "is required") @Within(min = 1, max = MAX_PAYMENT_WON, message = "a whole number of won from 1 to 100,000,000") Long amountWon,
            @NotNull(message = "is required") LocalDate paidOn,
            @NotNull(message = "is required: TRANSFER, CASH, CARD or OTHER") @Pattern(regexp = "TRANSFER|CASH|CARD|OTHER",
                    message = "TRANSFER, CASH, CARD or OTHER") String method,
            @Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String reference) {
    }

    /** When reminders go out: on a day of the month, to members this many months in arrears; an empty list for none. */
    public record ReminderSettings(
            @NotNull(message = "is required; an empty list for no reminders") @Within(min = 0, max = 6, message = "at most 6 points")
            List<@NotNull(message = "is required") @Within(min = 1, max = 24, message = "1 to 24 months") Integer> monthsInArrears,
            @NotNull(message = "is required") @Within(min = 1, max = 28, message = "a day from 1 to 28") Integer dayOfMonth) {
    }
}
