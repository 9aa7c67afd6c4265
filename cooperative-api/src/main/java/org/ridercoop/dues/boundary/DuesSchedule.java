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
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * On the 1st of each month at 00:10 Korean time, every cooperative's dues for the month. Each instance runs it;
 * the key on (member, month) and the cooperative's row lock make the second run create nothing.
 */
@Singleton
public class DuesSchedule {
    private static final Logger LOG = Logger.getLogger(DuesSchedule.class.getName());

    @Inject
    Dues dues;
    @Inject
    MonthlyBilling billing;

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
