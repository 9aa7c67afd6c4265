package org.ridercoop.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ridercoop.platform.security.Caller;

/** The caller's current membership in the request's cooperative, if any: who votes, claims a shift, sees their own records. */
@RequestScoped
public class CurrentMember {
    @Inject
    Caller caller;
    @Inject
    Relations relations;
    @Inject
    Tenant tenant;

    public Optional<Long> membershipId() {
        return relations.membershipsOf(caller.subject(), caller.verifiedEmail().orElse(null)).stream()
                .filter(ref -> ref.coopId() == tenant.coopId() && ref.current())
                .map(Relations.MembershipRef::id).findFirst();
    }
}
