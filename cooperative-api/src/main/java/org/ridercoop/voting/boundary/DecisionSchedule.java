package org.ridercoop.voting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ridercoop.voting.control.Meetings;

/**
 * Every five minutes, the decisions of meetings whose voting window has ended without the board closing it are carried
 * out (an expulsion, a surplus proposal). Each instance runs it; a decision already carried out is left as it is.
 */
@Singleton
public class DecisionSchedule {
    private static final Logger LOG = Logger.getLogger(DecisionSchedule.class.getName());

    @Inject
    Meetings meetings;
    @Inject
    Deciding deciding;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void carryOut() {
        for (long[] due : meetings.undecided(Instant.now())) {
            try {
                deciding.carryOut(due[0], due[1]);
                LOG.log(Level.INFO, "cooperative {0}: the decisions of meeting {1} carried out", new Object[] {due[0], due[1]});
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "meeting {0}: decisions not carried out: {1}", new Object[] {due[1], e.toString()});
            }
        }
    }

    /** One meeting's decisions in their own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Deciding {
        @Inject
        MeetingDecisions decisions;

        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
        public void carryOut(long coopId, long meetingId) {
            decisions.carryOut(coopId, meetingId, "scheduler");
        }
    }
}
