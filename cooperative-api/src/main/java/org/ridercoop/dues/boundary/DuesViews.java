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
    public record PlanView(long id, String name, DuesPlan.Kind kind, long monthlyWon, boolean standard, LocalDate startsOn, LocalDate endsOn,
                           String createdBy) {
        static PlanView of(DuesPlan p) {
            return new PlanView(p.id(), p.name(), p.kind(), p.amountWon(), p.standard(), p.startsOn(), p.endsOn(), p.createdBy());
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
    public record MonthView(YearMonth month, long chargedWon, long paidWon, long unpaidWon) {
    }

    /** A member in arrears; flagged once their unpaid months reach what the articles set for expulsion (§25). */
    @Schema(name = "Arrears")
    public record ArrearsView(long membershipId, Integer memberNumber, String name, long unpaidWon, DuesAccount.Aging aging,
                              int monthsInArrears, boolean flagged) {
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
