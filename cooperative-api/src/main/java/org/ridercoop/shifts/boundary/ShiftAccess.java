package org.ridercoop.shifts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.tenancy.CurrentMember;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.Shifts;

/** Who a shift request is for: the caller as a member, or a member the board names. */
@RequestScoped
public class ShiftAccess {
    @Inject
    Tenant tenant;
    @Inject
    CurrentMember member;
    @Inject
    Shifts shifts;

    public boolean managing() {
        return tenant.is(Relation.BOARD) || tenant.is(Relation.OPERATOR);
    }

    /** The caller's own membership, or 403 for a caller who is not a current member. */
    public long self() {
        return member.membershipId().orElseThrow(() -> ProblemException.forbidden("Only a current member of the cooperative does this for themself."));
    }

    /** The caller's membership, if any. */
    public Long selfOrNull() {
        return member.membershipId().orElse(null);
    }

    /**
     * The member a request names: the caller's own membership when it names none (or names the caller), another
     * member only for the board.
     */
    public long forWhom(Long named, String field) {
        Long own = selfOrNull();
        if (named == null || named.equals(own)) {
            if (own == null) {
                throw ProblemException.invalidField(field, "is required: you are not a member of this cooperative");
            }
            return own;
        }
        if (!managing()) {
            throw ProblemException.forbidden("Only the board acts for another member.");
        }
        shifts.requireMember(tenant.coopId(), named, field);
        return named;
    }
}
