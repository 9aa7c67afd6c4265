package org.ridercoop.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Relations;
import org.ridercoop.platform.tenancy.Tenant;

/**
 * Which memberships of the request's cooperative the caller may see or change: the board, a consultant and an
 * operator see every one, the board and an operator change them; a member sees and changes only their own.
 * Anything else answers 404, as if it did not exist.
 */
@RequestScoped
public class MemberAccess {
    @Inject
    Tenant tenant;
    @Inject
    Caller caller;
    @Inject
    Relations relations;
    @Inject
    Memberships memberships;

    public Membership visible(long membershipId) {
        Membership membership = memberships.of(tenant.coopId(), membershipId);
        if (tenant.is(Relation.BOARD) || tenant.is(Relation.CONSULTANT) || tenant.is(Relation.OPERATOR) || own(membership)) {
            return membership;
        }
        throw ProblemException.notFound("Member " + membershipId);
    }

    public Membership changeable(long membershipId) {
        Membership membership = visible(membershipId);
        if (managing() || own(membership)) {
            return membership;
        }
        throw ProblemException.forbidden("Only the board changes another member's record.");
    }

    /** The board or a platform operator: may manage every membership of the cooperative. */
    public boolean managing() {
        return tenant.is(Relation.BOARD) || tenant.is(Relation.OPERATOR);
    }

    public boolean own(Membership membership) {
        return relations.membershipsOf(caller.subject(), caller.verifiedEmail().orElse(null)).stream()
                .anyMatch(ref -> ref.id() == membership.id());
    }
}
