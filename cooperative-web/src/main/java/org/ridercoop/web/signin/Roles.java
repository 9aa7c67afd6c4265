package org.ridercoop.web.signin;

import java.util.List;

/** The platform roles Keycloak puts in the {@code groups} claim, in the order the home page shows them. */
public final class Roles {
    public static final String RIDER = "rider";
    public static final String BOARD = "board";
    public static final String CONSULTANT = "consultant";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(RIDER, BOARD, CONSULTANT, ADMIN);

    private Roles() {
    }
}
