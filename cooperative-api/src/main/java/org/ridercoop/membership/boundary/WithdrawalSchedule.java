package org.ridercoop.membership.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every night, five past midnight Korean time, due withdrawals take effect ({@link Withdrawals}). */
@Singleton
public class WithdrawalSchedule {
    private static final Logger LOG = Logger.getLogger(WithdrawalSchedule.class.getName());

    @Inject
    Withdrawals withdrawals;

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Seoul", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        int done = withdrawals.completeDue();
        if (done > 0) {
            LOG.info(done + " withdrawals took effect");
        }
    }
}
