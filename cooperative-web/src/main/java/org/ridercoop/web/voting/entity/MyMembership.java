package org.ridercoop.web.voting.entity;

import java.util.Set;

/**
 * One of the signed-in person's memberships ({@code GET /api/me/memberships}), as far as voting needs it: the
 * membership id a proxy registration names, in which cooperative, and whether it is current.
 */
public record MyMembership(Coop coop, Member member) {
    private static final Set<String> CURRENT = Set.of("ACTIVE", "WITHDRAWING");

    /** A current membership of that cooperative (not an old application or a past membership). */
    public boolean isCurrentIn(long coopId) {
        return coop != null && coop.id() == coopId && member != null && CURRENT.contains(member.status());
    }

    public record Coop(long id) {
    }

    public record Member(long id, Integer memberNumber, String name, String status) {
    }
}
