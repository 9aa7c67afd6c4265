package org.ridercoop.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables through which cooperative-api and cooperative-web read their MicroProfile Config:
 * the same names as in production (README, "Configuration"), pointed at the local parts.
 */
public final class AppEnvironment {
    public static final String WEB_CLIENT_SECRET = "local-web-client-secret";
    public static final String ADMIN_CLIENT_SECRET = "local-admin-client-secret";

    private AppEnvironment() {
    }

    public static Map<String, String> local(String jdbcUrl, String issuer, int port) {
        String base = "http://localhost:" + port;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("COOP_DB_URL", jdbcUrl);
        env.put("COOP_DB_USER", EmbeddedMariaDb.USER);
        env.put("COOP_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        env.put("COOP_DB_MIGRATION_USER", EmbeddedMariaDb.OWNER);
        env.put("COOP_DB_MIGRATION_PASSWORD", EmbeddedMariaDb.OWNER_PASSWORD);
        env.put("COOP_OIDC_ISSUER", issuer);
        env.put("COOP_WEB_URL", base);
        env.put("COOP_WEB_CLIENT_ID", "coop-web");
        env.put("COOP_WEB_CLIENT_SECRET", WEB_CLIENT_SECRET);
        env.put("COOP_API_URL", base + "/api");
        env.put("COOP_KEYCLOAK_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        return env;
    }

    /** As {@link #local(String, String, int)}, with the e-mail going to a {@link MailCatcher} on {@code mailPort}. */
    public static Map<String, String> local(String jdbcUrl, String issuer, int port, int mailPort) {
        Map<String, String> env = local(jdbcUrl, issuer, port);
        env.put("COOP_MAIL_HOST", "127.0.0.1");
        env.put("COOP_MAIL_PORT", Integer.toString(mailPort));
        env.put("COOP_MAIL_FROM", "Ridercoop (local) <noreply@ridercoop.local>");
        return env;
    }
}
