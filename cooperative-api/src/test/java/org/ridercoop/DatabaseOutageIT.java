package org.ridercoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ridercoop.devstack.AppEnvironment;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.Http;
import org.ridercoop.devstack.PayaraMicroServer;
import org.ridercoop.devstack.Ports;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.TestStack;

/**
 * The API started while its database is unreachable: it starts anyway, reports not ready, answers 503, and
 * heals by itself when the database comes (back); and the database killed in the middle of a payout posting:
 * nothing of it is left, and the run posts completely after the restart. Payara Micro runs the packaged WAR in
 * a process of its own because the point is what happens at its start, and the database is this class's own
 * so that it can be killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {
    private static final Path MARIADB_BASE = Path.of("target", "mariadb-base").toAbsolutePath();
    /** Sees every transaction (PROCESS) and holds locks on payout lines; made in this class's own database only. */
    private static final String WATCHER = "outage_watch";
    private static final String WATCHER_PASSWORD = "outage-watch-local";

    private static int dbPort;
    private static Path dbData;
    private static PayaraMicroServer payara;
    private static ApiClient api;

    @BeforeAll
    static void startWithoutDatabase() {
        dbPort = Ports.free();
        dbData = Path.of("target", "outage-db-" + ProcessHandle.current().pid()).toAbsolutePath();
        int port = Ports.free();
        payara = PayaraMicroServer.start(Path.of(System.getProperty("coop.payara.jar")),
                List.of(Path.of("target/cooperative-api.war").toAbsolutePath()), port,
                AppEnvironment.local(EmbeddedMariaDb.jdbcUrl(dbPort), TestStack.issuer(), port, TestStack.mail().port()), List.of(),
                Path.of("target", "outage-payara.log").toAbsolutePath());
        assertThat(payara.awaitStarted(Duration.ofSeconds(300))).as("Payara started without its database").isTrue();
        api = new ApiClient(payara.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    @Order(1)
    void startsWithoutTheDatabaseAndRecoversWhenItComes() {
        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = api.get("/health/ready", null);
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"status\":\"DOWN\"");
        String token = TestStack.tokens().accessToken(DemoUser.RIDER);
        assertProblem(api.get("/api/me", token), 503, "unavailable");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(MARIADB_BASE, dbData, dbPort)) {
            assertThat(payara.awaitReady(Duration.ofSeconds(60))).as("ready once the database is there").isTrue();
            assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
        }

        // the database goes away while the API runs: 503, not 500, and back to normal after it returns
        HttpResponse<String> gone = api.get("/api/me", token);
        assertProblem(gone, 503, "unavailable");
        assertThat(gone.headers().firstValue("Retry-After")).contains("5");
        assertThat(Http.await(Duration.ofSeconds(20), () -> true,
                () -> api.get("/health/ready", null).statusCode() == 503)).isTrue();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(MARIADB_BASE, dbData, dbPort)) {
            assertThat(payara.awaitReady(Duration.ofSeconds(60))).as("ready again after the restart").isTrue();
            assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
        }
    }

    /**
     * The database killed in the middle of a posting. The posting is held inside its transaction at a point where
     * it has already set the run posted, claimed its Idempotency-Key and written the pool's entries: a second
     * connection holds the run's payout lines, which the posting reads to write each member's entries. Once
     * information_schema.INNODB_TRX shows it waiting there, MariaDB gets SIGKILL. After the restart nothing of the
     * posting is left, and posting again (with the same key) posts the whole run.
     */
    @Test
    @Order(2)
    void aPostingCutOffByADatabaseCrashLeavesNothingAndPostsCompletelyAfterTheRestart() throws Exception {
        long coop;
        long runId;
        Map<Long, Long> previewPayables;
        Map<String, String> key;
        HttpResponse<String> cut;
        EmbeddedMariaDb db = EmbeddedMariaDb.start(MARIADB_BASE, dbData, dbPort);
        try {
            assertThat(payara.awaitReady(Duration.ofSeconds(120))).as("ready once the database is there").isTrue();
            db.runAsRoot(watcherSql());
            coop = cooperativeWithWork();
            JsonObject preview = ok(post(coop, "/payout-runs", DemoUser.BOARD, runOfLastMonth(), Map.of()), 201);
            runId = preview.getJsonObject("run").getJsonNumber("id").longValue();
            previewPayables = preview.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(line -> line.getJsonNumber("payableWon").longValue() != 0)
                    .collect(Collectors.toMap(line -> line.getJsonNumber("membershipId").longValue(),
                            line -> line.getJsonNumber("payableWon").longValue()));
            assertThat(previewPayables).as("the four who earned income").hasSize(4);
            assertThat(ok(post(coop, "/payout-runs/" + runId + "/approve", DemoUser.ADMIN, "{}", Map.of()), 200).getString("state"))
                    .isEqualTo("APPROVED");
            key = Map.of("Idempotency-Key", "post-" + runId + "-cut-off-by-a-crash");

            Connection locker = watcher();
            Connection watch = watcher();
            try {
                locker.setAutoCommit(false);
                try (ResultSet lines = locker.createStatement()
                        .executeQuery("SELECT membership_id FROM payout_line WHERE run_id = " + runId + " FOR UPDATE")) {
                    int held = 0;
                    while (lines.next()) {
                        held++;
                    }
                    assertThat(held).isEqualTo(5);
                }
                String board = token(DemoUser.BOARD);
                CompletableFuture<HttpResponse<String>> posting = CompletableFuture.supplyAsync(() -> api.send("POST",
                        "/api/coops/" + coop + "/payout-runs/" + runId + "/post", board, "application/json", "{}", key));
                long written = awaitPostingWaitsForTheLines(watch, posting);
                assertThat(written).as("rows the posting had written when it was cut off: its key, the run's state, the pool's four entries")
                        .isGreaterThanOrEqualTo(1 + 1 + 4);
                db.crash();
                cut = posting.get(60, TimeUnit.SECONDS);
            } finally {
                closeAfterCrash(locker);
                closeAfterCrash(watch);
            }
        } finally {
            db.close();
        }
        assertThat(cut.statusCode()).as("the cut-off posting answered %s", cut.body()).isNotEqualTo(200);
        assertProblem(cut, 503, "unavailable");

        try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(MARIADB_BASE, dbData, dbPort)) {
            assertThat(payara.awaitReady(Duration.ofSeconds(120))).as("ready again after the restart").isTrue();
            // nothing half-posted: no entry, the run still approved, no line paid, the ledger balanced
            assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId)).isZero();
            assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE coop_id = " + coop)).isZero();
            JsonObject approved = ok(api.get("/api/coops/" + coop + "/payout-runs/" + runId, token(DemoUser.BOARD)), 200);
            assertThat(approved.getJsonObject("run").getString("state")).isEqualTo("APPROVED");
            assertThat(approved.getJsonObject("run").containsKey("postedAt")).isFalse();
            assertThat(approved.getJsonArray("lines").getValuesAs(JsonObject.class)).hasSize(5).allSatisfy(line -> {
                assertThat(line.containsKey("paidAt")).isFalse();
                assertThat(line.getJsonNumber("payableWon").longValue())
                        .isEqualTo(previewPayables.getOrDefault(line.getJsonNumber("membershipId").longValue(), 0L));
            });
            assertThat(count("SELECT COUNT(*) FROM payout_line WHERE paid_at IS NOT NULL AND run_id = " + runId)).isZero();
            assertThat(ok(api.get("/api/coops/" + coop + "/ledger", token(DemoUser.BOARD)), 200).getBoolean("balanced")).isTrue();

            // the same key again: the failure was not stored as its answer, so this posting is carried out, whole
            JsonObject posted = ok(post(coop, "/payout-runs/" + runId + "/post", DemoUser.BOARD, "{}", key), 200);
            assertThat(posted.getString("state")).isEqualTo("POSTED");
            long entries = count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId);
            // the pool's in and out, the operating share's in and out, and per paid member: part, payable, withholding twice
            assertThat(entries).isEqualTo(2 + 2 + 4 * 4);
            assertThat(count("SELECT SUM(debit_won) - SUM(credit_won) FROM ledger_entry WHERE run_id = " + runId)).isZero();
            assertThat(memberPayables(runId)).isEqualTo(previewPayables);
            // and a replay of it answers the stored success without posting twice
            JsonObject replay = ok(post(coop, "/payout-runs/" + runId + "/post", DemoUser.BOARD, "{}", key), 200);
            assertThat(replay.getJsonNumber("id").longValue()).isEqualTo(runId);
            assertThat(replay.getString("state")).isEqualTo("POSTED");
            assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId)).isEqualTo(entries);
            assertThat(count("SELECT COALESCE(SUM(debit_won), 0) - COALESCE(SUM(credit_won), 0) FROM ledger_entry WHERE coop_id = " + coop)).isZero();
            assertThat(ok(api.get("/api/coops/" + coop + "/ledger", token(DemoUser.BOARD)), 200).getBoolean("balanced")).isTrue();
        }
    }

    /** A cooperative whose five founders worked last month, four of them for income (the demo board member chairs it); its id. */
    private static long cooperativeWithWork() {
        JsonObject created = ok(api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json",
                Fixtures.cooperative("613-82-90001", "board@ridercoop.example", "rider@ridercoop.example", 2), Map.of()), 201);
        long coop = created.getJsonNumber("id").longValue();
        ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv",
                Fixtures.workOfTheFounders(lastMonth().atDay(10)), Map.of()), 200);
        return coop;
    }

    private static YearMonth lastMonth() {
        return YearMonth.from(KoreanCalendar.today()).minusMonths(1);
    }

    private static String runOfLastMonth() {
        return "{\"periodStart\":\"" + lastMonth().atDay(1) + "\",\"periodEnd\":\"" + lastMonth().atEndOfMonth()
                + "\",\"incomes\":[{\"label\":\"배민 계약\",\"amountWon\":1000001}],\"deductions\":[]}";
    }

    private static HttpResponse<String> post(long coop, String path, DemoUser user, String json, Map<String, String> headers) {
        return api.send("POST", "/api/coops/" + coop + path, token(user), "application/json", json, headers);
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(status);
        return ApiClient.json(response);
    }

    private static String token(DemoUser user) {
        return TestStack.tokens().accessToken(user);
    }

    private static String watcherSql() {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("localhost", "127.0.0.1")) {
            String user = "'" + WATCHER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(user).append(" IDENTIFIED BY '").append(WATCHER_PASSWORD).append("'; ")
                    .append("GRANT PROCESS ON *.* TO ").append(user).append("; ")
                    .append("GRANT SELECT, UPDATE ON ").append(EmbeddedMariaDb.DATABASE).append(".payout_line TO ").append(user).append("; ");
        }
        return sql.toString();
    }

    private static Connection watcher() throws SQLException {
        return DriverManager.getConnection(EmbeddedMariaDb.jdbcUrl(dbPort), WATCHER, WATCHER_PASSWORD);
    }

    /**
     * Waits until the posting waits for a lock in the members' entries, and returns how many rows it had written.
     * InnoDB refreshes what INNODB_TRX shows only when nobody has read it for 0.1 s, so it is read less often.
     */
    private static long awaitPostingWaitsForTheLines(Connection watch, CompletableFuture<HttpResponse<String>> posting) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (posting.isDone()) {
                HttpResponse<String> answer = posting.get();
                throw new AssertionError("the posting ended before it waited for the run's lines: " + answer.statusCode() + " " + answer.body());
            }
            try (Statement query = watch.createStatement();
                 ResultSet trx = query.executeQuery(
                         "SELECT trx_rows_modified, trx_query FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")) {
                if (trx.next()) {
                    assertThat(trx.getString(2)).as("the statement the posting waits in")
                            .contains("INSERT INTO ledger_entry").contains("FROM payout_line");
                    return trx.getLong(1);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the posting never waited for the run's lines");
    }

    /** The connection's server is gone: closing it may fail, and that is expected. */
    private static void closeAfterCrash(Connection connection) {
        try {
            connection.close();
        } catch (SQLException expected) {
            // the socket died with the server
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection app = DriverManager.getConnection(EmbeddedMariaDb.jdbcUrl(dbPort), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet row = app.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Each member's payable from the run's entries: their part credited, the withholding debited. */
    private static Map<Long, Long> memberPayables(long runId) throws SQLException {
        try (Connection app = DriverManager.getConnection(EmbeddedMariaDb.jdbcUrl(dbPort), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement query = app.prepareStatement("SELECT membership_id, SUM(credit_won) - SUM(debit_won) FROM ledger_entry "
                     + "WHERE run_id = ? AND account = 'member-payable' GROUP BY membership_id")) {
            query.setLong(1, runId);
            Map<Long, Long> payables = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payables.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return payables;
        }
    }
}
