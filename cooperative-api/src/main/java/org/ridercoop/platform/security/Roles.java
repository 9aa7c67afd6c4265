package org.ridercoop.platform.security;

import java.util.List;

/** The coarse realm roles of Keycloak. What a person may do in a given cooperative is data, not a role. */
public final class Roles {
    public static final String RIDER = "rider";
    public static final String BOARD = "board";
    public static final String CONSULTANT = "consultant";
    public static final String ADMIN = "admin";
    /** Any signed-in person, with or without one of the roles above (Jakarta Security's "**"). */
    public static final String ANY_AUTHENTICATED = "**";

    /** The OpenAPI security scheme of bearer tokens. */
    public static final String SCHEME = "keycloak";

    public static final List<String> ALL = List.of(RIDER, BOARD, CONSULTANT, ADMIN);

    private Roles() {
    }
}
