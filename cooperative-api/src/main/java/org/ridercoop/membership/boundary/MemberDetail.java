package org.ridercoop.membership.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.CapitalEntry;
import org.ridercoop.membership.entity.CapitalRefund;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.membership.entity.StatusChange;

/** One member: the register line, the history of their status, their capital ledger, refund, cases and offices. */
@Schema(name = "MemberDetail")
public record MemberDetail(MemberView member, List<StatusChangeView> history, List<CapitalEntryView> capital, RefundView refund,
                           List<ExpulsionCaseView> expulsionCases, List<OfficerView> offices, BigDecimal sharePercent,
                           String refusalReason) {

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** A dated change of status. */
    @Schema(name = "StatusChange")
    public record StatusChangeView(MembershipStatus fromStatus, MembershipStatus toStatus, LocalDate effectiveOn, Instant recordedAt,
                                   String recordedBy, String reason) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.fromStatus(), c.toStatus(), c.effectiveOn(), c.recordedAt(), c.recordedBy(), c.reason());
        }
    }

    /** A line of the capital ledger. */
    @Schema(name = "CapitalEntry")
    public record CapitalEntryView(long id, CapitalEntry.Kind kind, int shares, long amountWon, LocalDate entryDate, Instant recordedAt,
                                   String recordedBy, String note) {
        static CapitalEntryView of(CapitalEntry e) {
            return new CapitalEntryView(e.id(), e.kind(), e.shares(), e.amount(), e.entryDate(), e.recordedAt(), e.recordedBy(), e.note());
        }
    }

    /** A leaver's refund claim, and where it stands today. */
    @Schema(name = "Refund")
    public record RefundView(LocalDate fiscalYearEnd, long paidInAtLeavingWon, Long amountWon, LocalDate payableFrom,
                             LocalDate limitationEndsOn, boolean withheld, String withholdReason, LocalDate paidOn,
                             CapitalRefund.State state) {
        static RefundView of(CapitalRefund r, LocalDate today) {
            return new RefundView(r.fiscalYearEnd(), r.paidInAtLeaving(), r.amount(), r.payableFrom(), r.limitationEndsOn(),
                    r.withheld(), r.withholdReason(), r.paidOn(), r.state(today));
        }
    }

    /** An expulsion case. */
    @Schema(name = "ExpulsionCase")
    public record ExpulsionCaseView(long id, ExpulsionCase.Ground ground, String details, LocalDate noticeGivenOn, LocalDate assemblyOn,
                                    ExpulsionCase.State state, Instant openedAt, String openedBy, LocalDate decidedOn) {
        static ExpulsionCaseView of(ExpulsionCase c) {
            return new ExpulsionCaseView(c.id(), c.ground(), c.details(), c.noticeGivenOn(), c.assemblyOn(), c.state(), c.openedAt(),
                    c.openedBy(), c.decidedOn());
        }
    }
}
