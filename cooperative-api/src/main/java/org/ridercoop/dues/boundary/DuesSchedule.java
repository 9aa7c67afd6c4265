package org.ridercoop.dues.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.control.DuesReminders;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * On the 1st of each month at 00:10 Korean time, every cooperative's dues for the month; every day at 09:00, the
 * reminders of the cooperatives that send them that day. Each instance runs them; the keys on (member, month) and
 * the cooperative's row lock make the second run create nothing.
 */
@Singleton
public class DuesSchedule {
    private static final Logger LOG = Logger.getLogger(DuesSchedule.class.getName());

    @Inject
    Dues dues;
    @Inject
    MonthlyBilling billing;
    @Inject
    DuesReminders reminders;
    @Inject
    Reminding reminding;

    @Schedule(dayOfMonth = "1", hour = "0", minute = "10", timezone = "Asia/Seoul", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void monthly() {
        YearMonth month = YearMonth.from(KoreanCalendar.today());
        for (long coopId : dues.cooperatives()) {
            try {
                int created = billing.bill(coopId, month).created();
                if (created > 0) {
                    LOG.log(Level.INFO, "cooperative {0}: {1} dues charges for {2}", new Object[] {coopId, created, month});
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cooperative {0}: dues for {1} not billed: {2}", new Object[] {coopId, month, e.toString()});
            }
        }
    }

    /** Every day at 09:00 Korean time: the reminders of the cooperatives whose reminder day it is. */
    @Schedule(hour = "9", minute = "0", timezone = "Asia/Seoul", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        int day = KoreanCalendar.today().getDayOfMonth();
        for (long coopId : dues.cooperatives()) {
            try {
                if (reminders.settings(coopId).dayOfMonth() == day) {
                    int queued = reminding.run(coopId);
                    if (queued > 0) {
                        LOG.log(Level.INFO, "cooperative {0}: {1} dues reminders", new Object[] {coopId, queued});
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cooperative {0}: dues reminders not sent: {1}", new Object[] {coopId, e.toString()});
            }
        }
    }

    /** One cooperative's reminders in their own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Reminding {
        @Inject
        DuesReminders reminders;

        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
        public int run(long coopId) {
            return reminders.run(coopId, "scheduler");
        }
    }

    /** One cooperative's billing in its own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class MonthlyBilling {
        @Inject
        Dues dues;
        @Inject
        AuditTrail audit;

        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
        public DuesViews.BillingRunView bill(long coopId, YearMonth month) {
            return BillingResource.run(coopId, month, "scheduler", audit, dues);
        }
    }
}
