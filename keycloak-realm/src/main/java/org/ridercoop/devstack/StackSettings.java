package org.ridercoop.devstack;

import java.nio.file.Path;

/** Where the local stack keeps its state and which ports it uses: system properties with local defaults. */
public record StackSettings(Path home, Path keycloakZip, Path payaraJar, int port, int keycloakPort,
                            int keycloakManagementPort, int dbPort, int mailPort) {

    public static StackSettings fromSystemProperties() {
        return new StackSettings(
                Path.of(property("coop.home", ".ridercoop")).toAbsolutePath(),
                Path.of(property("coop.keycloak.zip", "")),
                Path.of(property("coop.payara.jar", "")),
                intProperty("coop.port", 8080),
                intProperty("coop.keycloak.port", 8180),
                intProperty("coop.keycloak.management-port", 8190),
                intProperty("coop.db.port", 3307),
                intProperty("coop.mail.port", 3025));
    }

    public String keycloakIssuer() {
        return KeycloakServer.issuer(keycloakPort);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intProperty(String name, int fallback) {
        String value = property(name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + "=" + value + " is not a port number (1-65535)");
        }
    }
}
