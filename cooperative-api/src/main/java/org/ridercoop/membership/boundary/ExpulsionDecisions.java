package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;

/**
 * For the assemblies feature: putting a pending expulsion case to a general assembly, and carrying out its
 * decision. A special resolution that passed expels the member (§25); one that failed closes the case.
 */
@ApplicationScoped
public class ExpulsionDecisions {
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;

    /** The case may go on the agenda of an assembly on {@code assemblyDay}: pending, and the member told 10 days before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireDecidable(long coopId, long caseId, LocalDate assemblyDay) {
        ExpulsionCase pending = pendingCase(coopId, caseId);
        long days = ChronoUnit.DAYS.between(pending.noticeGivenOn(), assemblyDay);
        if (days < ExpulsionCase.NOTICE_DAYS) {
            throw ProblemException.ruleViolated("notice-period", "The member was told on " + pending.noticeGivenOn() + ", " + days
                    + " days before this assembly; at least " + ExpulsionCase.NOTICE_DAYS + " are needed (§25).");
        }
    }

    /** Carries out the assembly's decision on the case (a case the board dropped meanwhile stays dropped). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(long coopId, long caseId, boolean passed, LocalDate on, String resolution, String by) {
        Cooperative cooperative = memberships.lock(coopId);
        ExpulsionCase decided = memberships.expulsionCase(coopId, caseId);
        if (decided.state() != ExpulsionCase.State.PENDING) {
            return; // dropped by the board meanwhile: nothing left to decide
        }
        MemberDetail.ExpulsionCaseView before = MemberDetail.ExpulsionCaseView.of(decided);
        decided.resolve(passed, on);
        audit.record(coopId, passed ? "expulsion.resolved" : "expulsion.rejected", "expulsion_case", decided.id(), before,
                Map.of("case", MemberDetail.ExpulsionCaseView.of(decided), "resolution", resolution));
        if (passed) {
            Membership member = memberships.of(coopId, decided.membershipId());
            MemberView was = MemberView.of(member, cooperative.sharePrice());
            memberships.record(member.expel(on, by, resolution));
            memberships.left(cooperative, member);
            memberships.flush();
            audit.record(coopId, "membership.expelled", "membership", member.id(), was, MemberView.of(member, cooperative.sharePrice()));
        }
    }

    private ExpulsionCase pendingCase(long coopId, long caseId) {
        ExpulsionCase found = memberships.expulsionCase(coopId, caseId);
        if (found.state() != ExpulsionCase.State.PENDING) {
            throw ProblemException.ruleViolated("case-closed", "The expulsion case is " + found.state() + ", not pending.");
        }
        return found;
    }
}
