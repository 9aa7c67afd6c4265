package org.ridercoop.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A leaver's claim to their capital (§26-27): valued at the end of the fiscal year in which they left, payable
 * from the first day of the next, time-barred two years after it became claimable, and withheld while the
 * leaver owes the cooperative money. A social cooperative refunds at most the paid-in capital.
 */
@Entity
@Table(name = "capital_refund")
public class CapitalRefund {
    public static final int LIMITATION_YEARS = 2;

    /** Where a refund stands on a given day. */
    public enum State { AWAITING_VALUATION, WITHHELD, NOT_YET_PAYABLE, PAYABLE, PAID, TIME_BARRED }

    @Id
    @Column(name = "membership_id")
    private Long membershipId;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "fiscal_year_end", nullable = false, updatable = false)
    private LocalDate fiscalYearEnd;
    @Column(name = "payable_from", nullable = false, updatable = false)
    private LocalDate payableFrom;
    @Column(name = "limitation_ends_on", nullable = false, updatable = false)
    private LocalDate limitationEndsOn;
    @Column(name = "paid_in_at_leaving", nullable = false, updatable = false)
    private long paidInAtLeaving;
    private Long amount;
    @Column(nullable = false)
    private boolean withheld;
    @Column(name = "withhold_reason", length = 500)
    private String withholdReason;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Version
    private long version;

    protected CapitalRefund() {
        // for JPA
    }

    /** The claim of a member who left on {@code leftOn}, in a cooperative whose fiscal year starts in the given month. */
    public static CapitalRefund forLeaver(Membership leaver, int fiscalYearStartMonth) {
        CapitalRefund refund = new CapitalRefund();
        refund.membershipId = leaver.id();
        refund.coopId = leaver.coopId();
        refund.fiscalYearEnd = fiscalYearEnd(leaver.leftOn(), fiscalYearStartMonth);
        refund.payableFrom = refund.fiscalYearEnd.plusDays(1);
        refund.limitationEndsOn = refund.payableFrom.plusYears(LIMITATION_YEARS).minusDays(1);
        refund.paidInAtLeaving = leaver.paidIn();
        return refund;
    }

    /** The last day of the fiscal year that contains {@code day}. */
    public static LocalDate fiscalYearEnd(LocalDate day, int startMonth) {
        LocalDate start = LocalDate.of(day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1, startMonth, 1);
        return start.plusYears(1).minusDays(1);
    }

    /** The board values the claim once the fiscal year's accounts are closed. */
    public void value(long won, CooperativeKind kind, LocalDate today) {
        requireOpen(today);
        if (!today.isAfter(fiscalYearEnd)) {
            throw ProblemException.ruleViolated("not-yet-valued", "The refund is valued at the end of the fiscal year, "
                    + fiscalYearEnd + " (§26).");
        }
        if (kind == CooperativeKind.SOCIAL && won > paidInAtLeaving) {
            throw ProblemException.ruleViolated("social-refund-cap", "A social cooperative refunds at most the paid-in capital, "
                    + paidInAtLeaving + " won.");
        }
        this.amount = won;
    }

    /** §27: withheld while the leaver owes the cooperative money; released when they no longer do. */
    public void withhold(boolean withhold, String reason, LocalDate today) {
        requireOpen(today);
        this.withheld = withhold;
        this.withholdReason = withhold ? Cooperative.nfc(reason) : null;
    }

    public CapitalEntry pay(Membership leaver, LocalDate on, LocalDate today, String by) {
        State state = state(today);
        if (state != State.PAYABLE) {
            throw ProblemException.ruleViolated(state == State.TIME_BARRED ? "time-barred" : "not-payable",
                    "The refund is not payable: " + state + ".");
        }
        if (on.isBefore(payableFrom) || on.isAfter(today)) {
            throw ProblemException.ruleViolated("not-payable", "A refund is paid between " + payableFrom + " and today.");
        }
        this.paidOn = on;
        return new CapitalEntry(leaver, CapitalEntry.Kind.REFUND_PAID, 0, amount, on, by, null);
    }

    public State state(LocalDate today) {
        if (paidOn != null) {
            return State.PAID;
        }
        if (today.isAfter(limitationEndsOn)) {
            return State.TIME_BARRED;
        }
        if (amount == null) {
            return State.AWAITING_VALUATION;
        }
        if (withheld) {
            return State.WITHHELD;
        }
        return today.isBefore(payableFrom) ? State.NOT_YET_PAYABLE : State.PAYABLE;
    }

    private void requireOpen(LocalDate today) {
        State state = state(today);
        if (state == State.PAID || state == State.TIME_BARRED) {
            throw ProblemException.ruleViolated(state == State.PAID ? "already-paid" : "time-barred", "The refund is " + state + ".");
        }
    }

    public long membershipId() {
        return membershipId;
    }

    public LocalDate fiscalYearEnd() {
        return fiscalYearEnd;
    }

    public LocalDate payableFrom() {
        return payableFrom;
    }

    public LocalDate limitationEndsOn() {
        return limitationEndsOn;
    }

    public long paidInAtLeaving() {
        return paidInAtLeaving;
    }

    public Long amount() {
        return amount;
    }

    public boolean withheld() {
        return withheld;
    }

    public String withholdReason() {
        return withholdReason;
    }

    public LocalDate paidOn() {
        return paidOn;
    }
}
