package org.ridercoop.devstack;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The Keycloak that all tests of one build share. The build starts it once (exec:java in this module's
 * package phase, inside the Maven process, which stops it on exit); a test run on its own starts it through
 * {@link #ensureRunning()} and stops it when its JVM exits.
 */
public final class TestKeycloak {
    private static final Logger LOG = Logger.getLogger(TestKeycloak.class.getName());
    private static final Object LOCK = new Object();
    private static KeycloakServer started;

    private TestKeycloak() {
    }

    /** Called by the build: starts Keycloak and returns at once, so that it boots while the WARs compile. */
    public static void main(String[] args) {
        StackSettings settings = StackSettings.fromSystemProperties();
        if (Ports.isListening(settings.keycloakPort())) {
            LOG.info("Keycloak for the tests is already listening on port " + settings.keycloakPort());
            return;
        }
        KeycloakServer keycloak = startFresh(settings);
        Process process = keycloak.process();
        // Maven closes this class loader once main returns: the hook may use only JDK classes
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWithJdkOnly(process), "stop-test-keycloak"));
        LOG.info("Keycloak for the tests is starting on port " + settings.keycloakPort() + " (log: "
                + settings.home().resolve("logs/keycloak-test.log") + ")");
    }

    private static void stopWithJdkOnly(Process process) {
        java.util.List<ProcessHandle> tree = process.descendants().toList();
        for (ProcessHandle child : tree) {
            child.destroy();
        }
        process.destroy();
        for (ProcessHandle child : tree) {
            try {
                child.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        process.destroyForcibly();
    }

    /** Waits for the shared Keycloak, starting one if none is running; returns its issuer. */
    public static String ensureRunning() {
        StackSettings settings = StackSettings.fromSystemProperties();
        synchronized (LOCK) {
            if (!Ports.isListening(settings.keycloakPort()) && started == null) {
                started = startFresh(settings);
                KeycloakServer own = started;
                Runtime.getRuntime().addShutdownHook(new Thread(own::close, "stop-test-keycloak"));
            }
        }
        boolean ready = Http.await(Duration.ofMinutes(4), () -> true,
                () -> KeycloakServer.isReady(settings.keycloakPort(), settings.keycloakManagementPort()));
        if (!ready) {
            throw new IllegalStateException("Keycloak for the tests did not become ready on port " + settings.keycloakPort()
                    + "; see " + settings.home().resolve("logs/keycloak-test.log"));
        }
        return settings.keycloakIssuer();
    }

    /** Stops the Keycloak that {@link #ensureRunning()} started in this JVM, if it did (one shared by a build is left alone). */
    public static void stopIfStarted() {
        synchronized (LOCK) {
            if (started != null) {
                started.close();
                started = null;
            }
        }
    }

    /** The port of the web app in browser tests: the test realm accepts redirects to it only. */
    public static int webPort() {
        return Integer.parseInt(System.getProperty("coop.test.web.port", "18080"));
    }

    /** Where the test realm sends its e-mail (the invitations of new accounts): the API tests catch it there. */
    public static int mailPort() {
        return Integer.parseInt(System.getProperty("coop.test.mail.port", "18025"));
    }

    private static KeycloakServer startFresh(StackSettings settings) {
        return KeycloakServer.start(settings.keycloakZip(), settings.home().resolve("keycloak-test"),
                settings.keycloakPort(), settings.keycloakManagementPort(), true,
                KeycloakServer.realmEnv("http://localhost:" + webPort(), mailPort()), settings.home().resolve("logs/keycloak-test.log"));
    }
}
