package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.BiConsumer;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.tenancy.Tenant;

/**
 * The frame of every change to one membership: the cooperative locked (shares, numbers and the cap change one at
 * a time), the membership as the caller may change it, and the audit record of before and after.
 */
@RequestScoped
public class MemberChanges {
    @Inject
    Memberships memberships;
    @Inject
    MemberAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Tenant tenant;

    @Transactional(Transactional.TxType.MANDATORY)
    public MemberView apply(long memberId, String action, BiConsumer<Cooperative, Membership> change) {
        Cooperative cooperative = memberships.lock(tenant.coopId());
        Membership member = access.changeable(memberId);
        MemberView before = MemberView.of(member, cooperative.sharePrice());
        change.accept(cooperative, member);
        memberships.flush();
        MemberView after = MemberView.of(member, cooperative.sharePrice());
        audit.record(cooperative.id(), action, "membership", member.id(), before, after);
        return after;
    }
}
