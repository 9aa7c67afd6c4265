package org.ridercoop.shifts.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.shifts.control.SignupWindows;

/**
 * Every five minutes, the sign-up windows that have closed are allocated. Each instance runs it; the cooperative's
 * row lock and the window's state make the second allocation a 409 that is ignored.
 */
@Singleton
public class ShiftSchedule {
    private static final Logger LOG = Logger.getLogger(ShiftSchedule.class.getName());

    @Inject
    SignupWindows windows;
    @Inject
    Allocating allocating;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeWindows() {
        for (long[] due : windows.due(Instant.now())) {
            try {
                int granted = allocating.allocate(due[0], due[1]);
                LOG.log(Level.INFO, "cooperative {0}: sign-up window {1} allocated, {2} places", new Object[] {due[0], due[1], granted});
            } catch (ProblemException e) {
                LOG.log(Level.FINE, "sign-up window {0}: {1}", new Object[] {due[1], e.getMessage()});
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sign-up window {0} not allocated: {1}", new Object[] {due[1], e.toString()});
            }
        }
    }

    /** One window's allocation in its own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Allocating {
        @Inject
        SignupWindows windows;

        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
        public int allocate(long coopId, long windowId) {
            return windows.allocate(coopId, windowId, "scheduler");
        }
    }
}
