package org.ridercoop.platform.audit;

/** Who made a change: a signed-in person (Keycloak subject and name) or the system itself. */
public record Actor(String subject, String name) {
    public static final Actor SYSTEM = new Actor("system", "Ridercoop");
}
