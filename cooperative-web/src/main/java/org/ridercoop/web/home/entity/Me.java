package org.ridercoop.web.home.entity;

import java.util.List;

/** The signed-in person as {@code GET /api/me} describes them. */
public record Me(String subject, String username, String name, String email, List<String> roles,
                 List<CooperativeRef> cooperatives) {

    public Me {
        roles = roles == null ? List.of() : List.copyOf(roles);
        cooperatives = cooperatives == null ? List.of() : List.copyOf(cooperatives);
    }

    /** A cooperative the person belongs to or advises, and how ("member", "board", "consultant", …). */
    public record CooperativeRef(long id, String name, String relation) {
    }
}
