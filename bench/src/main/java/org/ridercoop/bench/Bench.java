package org.ridercoop.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ridercoop.devstack.AppEnvironment;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.PayaraMicroServer;
import org.ridercoop.devstack.Ports;
import org.ridercoop.devstack.TestKeycloak;
import org.ridercoop.devstack.Tokens;

/**
 * {@code ./mvnw -Pbench}: the authenticated read against the floor of the same server.
 * <ul>
 * <li>floor: {@code GET /api/ping}, an empty JSON answer, no authentication;</li>
 * <li>{@code GET /api/me} with a valid Keycloak token: signature check, role check, one JPA lookup;</li>
 * <li>casting ballots: tenant check, voters' roll, once per member and motion (a unique key), a receipt; against
 * the authenticated read;</li>
 * <li>a payout run of 1,000,000 work records of 10,000 riders (prepare and post), against a plain SQL GROUP BY of them.</li>
 * </ul>
 * Each is warmed up, then loaded for {@code bench.seconds} with {@code bench.connections} connections.
 */
public final class Bench {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int connections = Integer.getInteger("bench.connections", 32);
        Path home = Path.of(System.getProperty("coop.home", ".ridercoop"));
        Path work = Files.createTempDirectory("ridercoop-bench");
        OUT.println("Starting MariaDB, Keycloak and Payara Micro for the benchmark (loopback only)...");

        String issuer = TestKeycloak.ensureRunning();
        try {
            run(issuer, home, work, seconds, connections);
        } finally {
            // now, while this class loader is open: Maven closes it when main returns
            TestKeycloak.stopIfStarted();
        }
    }

    private static void run(String issuer, Path home, Path work, int seconds, int connections) throws Exception {
        int port = Ports.free();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb-base"), work.resolve("db"), Ports.free());
             PayaraMicroServer payara = PayaraMicroServer.start(Path.of(System.getProperty("coop.payara.jar")),
                     List.of(Path.of(System.getProperty("coop.api.war"))), port,
                     benchEnvironment(db.jdbcUrl(), issuer, port), List.of(), work.resolve("payara.log"))) {
            if (!payara.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("Payara Micro did not become ready; see " + work.resolve("payara.log"));
            }
            String token = new Tokens(issuer).accessToken(DemoUser.RIDER);
            URI ping = URI.create(payara.baseUrl() + "/api/ping");
            URI me = URI.create(payara.baseUrl() + "/api/me");

            OUT.printf("Warming up (%d s each)...%n", Math.max(5, seconds / 2));
            Duration warmup = Duration.ofSeconds(Math.max(5, seconds / 2));
            LoadGenerator.run("warm-up ping", connections, warmup, () -> LoadGenerator.get(ping, null));
            LoadGenerator.run("warm-up me", connections, warmup, () -> LoadGenerator.get(me, token));

            Duration measure = Duration.ofSeconds(seconds);
            List<LoadGenerator.Result> results = new ArrayList<>();
            results.add(LoadGenerator.run("GET /api/ping (floor: empty JSON)", connections, measure,
                    () -> LoadGenerator.get(ping, null)));
            results.add(LoadGenerator.run("GET /api/me (JWT + role + 1 JPA lookup)", connections, measure,
                    () -> LoadGenerator.get(me, token)));

            OUT.println("Calling meetings for the ballot benchmark...");
            Ballots ballots = Ballots.prepare(payara.baseUrl() + "/api", issuer, seconds);
            LoadGenerator.run("warm-up ballots", connections, warmup, ballots::next);
            results.add(LoadGenerator.run("POST ballot (roll, once per member, receipt)", connections, measure, ballots::next));

            OUT.println("Loading 1,000,000 work records of 10,000 riders for the payout run...");
            PayoutRun.Result payout = PayoutRun.measure(payara.baseUrl() + "/api", issuer, db, Integer.getInteger("bench.riders", 10_000),
                    Integer.getInteger("bench.records-per-rider", 100));
            report(results, payout, seconds, connections);
        }
    }

    private static void report(List<LoadGenerator.Result> results, PayoutRun.Result payout, int seconds, int connections) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%nRidercoop benchmark, %s, %d cores, %d connections, %d s per row%n%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), connections, seconds));
        table.append(String.format(Locale.ROOT, "%-42s %10s %8s %10s %9s %9s%n", "endpoint", "requests", "errors", "req/s", "p50 ms", "p99 ms"));
        for (LoadGenerator.Result r : results) {
            table.append(String.format(Locale.ROOT, "%-42s %10d %8d %10.0f %9.2f %9.2f%n", r.name(), r.requests(), r.errors(),
                    r.perSecond(), r.percentileMillis(50), r.percentileMillis(99)));
        }
        LoadGenerator.Result floor = results.get(0);
        LoadGenerator.Result me = results.get(1);
        double ratio = me.perSecond() / floor.perSecond();
        table.append(String.format(Locale.ROOT, "%nauthenticated read / floor = %.2f   (bar: >= 0.25)%n", ratio));
        table.append(String.format(Locale.ROOT, "authenticated read p99    = %.1f ms (bar: < 50 ms)%n", me.percentileMillis(99)));
        table.append(String.format(Locale.ROOT, "verdict: %s%n", ratio >= 0.25 && me.percentileMillis(99) < 50 && me.errors() == 0
                ? "meets the bar" : "BELOW THE BAR"));
        LoadGenerator.Result ballots = results.get(2);
        double ballotRatio = ballots.perSecond() / me.perSecond();
        table.append(String.format(Locale.ROOT, "%nballots/s                 = %.0f  (bar: >= 500/s)%n", ballots.perSecond()));
        table.append(String.format(Locale.ROOT, "ballots / authenticated read = %.2f   (bar: >= 0.3)%n", ballotRatio));
        table.append(String.format(Locale.ROOT, "verdict: %s%n", ballots.perSecond() >= 500 && ballotRatio >= 0.3 && ballots.errors() == 0
                ? "meets the bar" : "BELOW THE BAR"));
        table.append(String.format(Locale.ROOT, "%npayout run: %,d work records of %,d riders, %,d ledger entries%n", payout.records(), payout.riders(),
                payout.lines()));
        table.append(String.format(Locale.ROOT, "  SQL GROUP BY of the same records (floor)   %9.0f ms%n", payout.aggregateMillis()));
        table.append(String.format(Locale.ROOT, "  prepare (aggregate, exact split, lines)    %9.0f ms%n", payout.prepareMillis()));
        table.append(String.format(Locale.ROOT, "  post (ledger entries, audit, one tx)       %9.0f ms%n", payout.postMillis()));
        table.append(String.format(Locale.ROOT, "payout run / GROUP BY = %.2f   (bar: <= 3)%nverdict: %s%n", payout.ratio(),
                payout.ratio() <= 3 ? "meets the bar" : "BELOW THE BAR"));
        OUT.print(table);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), table.toString(), StandardCharsets.UTF_8);
            OUT.println("(also written to " + out + ")");
        }
    }

    /**
     * The local configuration, except the per-person vote limit: the ballot workload votes as three people at
     * hundreds a second. The limiter still runs on every ballot; it only does not refuse.
     */
    private static java.util.Map<String, String> benchEnvironment(String jdbcUrl, String issuer, int port) {
        java.util.Map<String, String> env = AppEnvironment.local(jdbcUrl, issuer, port);
        env.put("COOP_RATELIMIT_VOTES_PER_MINUTE", Integer.toString(Integer.MAX_VALUE / 2));
        return env;
    }
}
