package org.ridercoop.testsupport;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.MailCatcher;
import org.ridercoop.devstack.Ports;
import org.ridercoop.devstack.TestKeycloak;
import org.ridercoop.devstack.Tokens;

/**
 * The real parts the API tests run against, set up once per test JVM: a throw-away MariaDB on a free port,
 * and the Keycloak the build shares. Arquillian's Payara Micro reads both from system properties.
 */
public final class TestStack implements LauncherSessionListener {
    private static EmbeddedMariaDb database;
    private static String issuer;
    private static Tokens tokens;
    private static MailCatcher mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // integration tests only (failsafe sets coop.it): Arquillian reads the ports before any test code runs
        if (Boolean.getBoolean("coop.it")) {
            up();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    /** Starts what is missing and publishes it for arquillian.xml; call from a @BeforeAll or a static block. */
    public static synchronized void up() {
        if (database == null) {
            Path dir = Path.of("target", "test-db-" + ProcessHandle.current().pid()).toAbsolutePath();
            database = EmbeddedMariaDb.start(Path.of("target", "mariadb-base").toAbsolutePath(), dir, Ports.free());
            System.setProperty("coop.test.db.url", database.jdbcUrl());
        }
        if (mail == null) {
            // on the port the test realm sends to as well (account invitations); another build holding it: any port
            int port = TestKeycloak.mailPort();
            try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (java.io.IOException taken) {
                port = Ports.free();
            }
            mail = MailCatcher.start(port);
            System.setProperty("coop.test.mail.port", Integer.toString(mail.port()));
        }
        if (issuer == null) {
            issuer = TestKeycloak.ensureRunning();
            tokens = new Tokens(issuer);
            System.setProperty("coop.test.oidc.issuer", issuer);
        }
    }

    /** The SMTP server the API under test sends its e-mail to. */
    public static MailCatcher mail() {
        up();
        return mail;
    }

    public static EmbeddedMariaDb database() {
        up();
        return database;
    }

    public static String issuer() {
        up();
        return issuer;
    }

    public static Tokens tokens() {
        up();
        return tokens;
    }
}
