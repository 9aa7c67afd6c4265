package org.ridercoop.membership.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.Actor;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Every night (Korean time), withdrawals whose notice period has run take effect. Safe with several instances:
 * each member's change happens under the cooperative's row lock and only while the member is still withdrawing.
 */
@Singleton
public class WithdrawalSchedule {
    private static final Logger LOG = Logger.getLogger(WithdrawalSchedule.class.getName());

    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Seoul", persistent = false)
    @Transactional
    public void completeDueWithdrawals() {
        LocalDate today = KoreanCalendar.today();
        int done = 0;
        for (Membership due : memberships.dueWithdrawals(today)) {
            Cooperative cooperative = memberships.lock(due.coopId());
            Membership member = memberships.of(due.coopId(), due.id());
            if (!member.withdrawalDue(today)) {
                continue;
            }
            memberships.record(member.completeWithdrawal(Actor.SYSTEM.name()));
            memberships.left(cooperative, member);
            audit.record(Actor.SYSTEM, cooperative.id(), "membership.withdrawn", "membership", member.id(), null,
                    MemberView.of(member, cooperative.sharePrice()));
            done++;
        }
        if (done > 0) {
            LOG.info(done + " withdrawals took effect");
        }
    }
}
