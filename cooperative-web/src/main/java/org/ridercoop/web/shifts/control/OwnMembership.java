package org.ridercoop.web.shifts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.api.ApiCalls;

/**
 * The signed-in person's membership in a cooperative, as the API lists their memberships: the id the hours and the
 * calendar feed are asked by, and what tells the person's own swaps and records from others'. Empty for a
 * consultant, the operator or someone no longer on the register.
 */
@RequestScoped
public class OwnMembership {

    @Inject
    ApiCalls calls;

    @Inject
    @RestClient
    MembershipClient api;

    private final Map<Long, Optional<Member>> found = new HashMap<>();

    public Optional<Member> in(long coopId) {
        return found.computeIfAbsent(coopId, c -> calls.call("GET /me/memberships", api::myMemberships).found()
                .orElse(List.of()).stream()
                .filter(m -> m.coop() != null && m.coop().id() == c && m.member() != null && m.member().isOnRegister())
                .map(MyMembership::member).findFirst());
    }

    public Long id(long coopId) {
        return in(coopId).map(Member::id).orElse(null);
    }
}
