package org.ridercoop.web.membership.entity;

import java.util.List;

/** One of the signed-in person's memberships ({@code GET /api/me/memberships}), in any status. */
public record MyMembership(DirectoryEntry coop, Member member, List<StatusChange> history, String refusalReason) {

    public MyMembership {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
