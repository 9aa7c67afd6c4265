package org.ridercoop.dues.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.entity.DuesAccount;
import org.ridercoop.dues.entity.DuesPlan;

/** What clients see of dues. */
public final class DuesViews {
    private DuesViews() {
    }

    @Schema(name = "DuesPlan")
    public record PlanView(long id, String name, DuesPlan.Kind kind, Long monthlyWon, Long perDeliveryWon, Integer incomeRateBasisPoints,
                           boolean standard, LocalDate startsOn, LocalDate endsOn, String createdBy) {
        static PlanView of(DuesPlan p) {
            return new PlanView(p.id(), p.name(), p.kind(), p.kind() == DuesPlan.Kind.FLAT_MONTHLY ? p.amountWon() : null,
                    p.kind() == DuesPlan.Kind.PER_DELIVERY ? p.amountWon() : null, p.rateBasisPoints(), p.standard(), p.startsOn(), p.endsOn(),
                    p.createdBy());
        }
    }

    /** The outcome of a billing run: charges created now, charges of the month in all, members with no plan. */
    @Schema(name = "BillingRun")
    public record BillingRunView(String month, int created, long charges, long chargedWon, long withoutPlan) {
    }

    /** A member's dues: the plan today, month by month, payments, balance (negative: credit), aging. */
    @Schema(name = "DuesAccount")
    public record AccountView(long membershipId, Integer memberNumber, String name, PlanView planToday, long chargedWon, long paidWon,
                              long balanceWon, long creditWon, DuesAccount.Aging aging, int monthsInArrears, boolean arrearsFlag,
                              List<MonthView> months, List<Dues.Payment> payments) {
    }

    @Schema(name = "DuesMonth")
    public record MonthView(YearMonth month, long chargedWon, long paidWon, long unpaidWon, DuesPlan.Kind kind, Long basisQuantity) {
    }

    /** A member in arrears; flagged once their unpaid months reach what the articles set for expulsion (§25). */
    @Schema(name = "Arrears")
    public record ArrearsView(long membershipId, Integer memberNumber, String name, long unpaidWon, DuesAccount.Aging aging,
                              int monthsInArrears, boolean flagged) {
    }

    /** A month's charge and what it was worked out from: the plan's kind and the deliveries or income (won) of the month before. */
    @Schema(name = "DuesChargeBasis")
    public record BasisView(YearMonth month, DuesPlan.Kind kind, Long quantity) {
    }

    /** Per month: what was charged, what payments have covered of it, the collection rate in percent. */
    @Schema(name = "Collection")
    public record CollectionView(YearMonth month, long members, long chargedWon, long collectedWon, double ratePercent) {
    }

    /** When reminders go out, and those of the last twelve months, newest first. */
    @Schema(name = "DuesReminders")
    public record RemindersView(List<Integer> monthsInArrears, int dayOfMonth, List<org.ridercoop.dues.control.DuesReminders.Sent> sent) {
    }

    /** Reminders queued by a run (sent right after). */
    @Schema(name = "ReminderRun")
    public record ReminderRunView(int queued) {
    }
}
