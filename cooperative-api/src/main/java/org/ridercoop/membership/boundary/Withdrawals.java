package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.Actor;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Withdrawals whose notice period has run take effect (§24): the member has left, their refund claim opens and
 * their offices end. Safe to run on several instances at once: each change happens under the cooperative's row
 * lock and only while the member is still withdrawing.
 */
@ApplicationScoped
public class Withdrawals {
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;

    /** @return how many withdrawals took effect */
    @Transactional
    public int completeDue() {
        LocalDate today = KoreanCalendar.today();
        int done = 0;
        for (Membership due : memberships.dueWithdrawals(today)) {
            Cooperative cooperative = memberships.lock(due.coopId());
            Membership member = memberships.of(due.coopId(), due.id());
            memberships.refresh(member);
            if (!member.withdrawalDue(today)) {
                continue;
            }
            MemberView before = MemberView.of(member, cooperative.sharePrice());
            memberships.record(member.completeWithdrawal(Actor.SYSTEM.name()));
            memberships.left(cooperative, member);
            memberships.flush();
            audit.record(Actor.SYSTEM, cooperative.id(), "membership.withdrawn", "membership", member.id(), before,
                    MemberView.of(member, cooperative.sharePrice()));
            done++;
        }
        return done;
    }
}
