package org.ridercoop.voting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ridercoop.membership.boundary.ExpulsionDecisions;
import org.ridercoop.payouts.control.Surplus;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Motion;
import org.ridercoop.voting.entity.Tally;

/**
 * The assembly's decisions that other features carry out once voting has closed: expulsions (§25) and the
 * appropriation of the surplus (§51). Each is carried out once: a decided case or proposal is left as it is, so the
 * board's close and the scheduler may both come by.
 */
@RequestScoped
public class MeetingDecisions {
    @Inject
    Meetings meetings;
    @Inject
    Results results;
    @Inject
    ExpulsionDecisions expulsions;
    @Inject
    Surplus surplus;

    @Transactional(Transactional.TxType.MANDATORY)
    public void carryOut(long coopId, long meetingId, String by) {
        Meeting meeting = meetings.meeting(coopId, meetingId);
        for (VotingViews.MotionResult result : results.of(meeting)) {
            Motion motion = meetings.motion(meeting, result.motionId());
            String resolution = result.resolution().name().toLowerCase(java.util.Locale.ROOT) + " resolution " + result.yes() + "/"
                    + result.present() + " at meeting " + meetingId + ", motion " + motion.seq();
            if (motion.surplusProposalId() != null) {
                // without a quorum nothing is decided: the proposal is open again for another assembly
                surplus.decide(coopId, motion.surplusProposalId(), result.outcome() == Tally.Outcome.NO_QUORUM ? null
                        : result.outcome() == Tally.Outcome.PASSED, KoreanCalendar.today(), resolution, by);
            }
            if (motion.expulsionCaseId() != null && result.outcome() != Tally.Outcome.NO_QUORUM) {
                expulsions.decide(coopId, motion.expulsionCaseId(), result.outcome() == Tally.Outcome.PASSED, KoreanCalendar.today(),
                        resolution, by);
            }
        }
    }
}
