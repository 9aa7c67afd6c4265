package org.ridercoop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.Tokens;

/**
 * The payout workload: 1,000,000 confirmed work records of 10,000 riders in one month. Measured: a run through the
 * API (prepare: the aggregate, the exact split, 10,000 lines; approve; post: balanced ledger entries and the audit
 * row, one transaction) against the same aggregate as a hand-written SQL {@code GROUP BY} on the same database.
 */
final class PayoutRun {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final String COOPERATIVE = """
            {"nameKo":"정산벤치협동조합","nameRomanized":"Payout Benchmark Cooperative","kind":"WORKER","registrationNumber":"999-99-00002",
             "fiscalYearStartMonth":1,"sharePriceWon":10000,
             "articles":{"nonUseMonthsForExpulsion":12,"unpaidMonthsForExpulsion":6,"withdrawalNoticeDays":30},
             "founders":[{"name":"박서연","email":"board@ridercoop.example","shares":1,"position":"CHAIR"},
              {"name":"김민준","email":"rider@ridercoop.example","shares":1,"position":"DIRECTOR"},
              {"name":"이지은","email":"rider2@ridercoop.example","shares":1,"position":"DIRECTOR"},
              {"name":"최도윤","email":"doyun@ridercoop.example","shares":1},{"name":"한지우","email":"jiwoo@ridercoop.example","shares":1,"position":"AUDITOR"}]}""";

    /** What was measured. */
    record Result(long records, int riders, double aggregateMillis, double prepareMillis, double postMillis, long lines) {
        double ratio() {
            return (prepareMillis + postMillis) / aggregateMillis;
        }
    }

    private PayoutRun() {
    }

    static Result measure(String api, String issuer, EmbeddedMariaDb db, int riders, int recordsPerRider) throws Exception {
        Tokens tokens = new Tokens(issuer);
        HttpClient client = HttpClient.newHttpClient();
        String board = tokens.accessToken(DemoUser.BOARD);
        long coop = id(send(client, api + "/coops", tokens.accessToken(DemoUser.ADMIN), COOPERATIVE, 201));
        LocalDate month = LocalDate.now(KOREA).withDayOfMonth(1).minusMonths(1);
        Timestamp from = Timestamp.from(month.atStartOfDay(KOREA).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atStartOfDay(KOREA).toInstant());
        // riders and their work, straight into the database (MariaDB's sequence engine); 25 days of the month
        db.runAsRoot("INSERT INTO coop.membership (coop_id, member_number, status, name, email, shares, founder, applied_on, joined_on) "
                + "SELECT " + coop + ", 100 + seq, 'ACTIVE', CONCAT('rider ', seq), CONCAT('bench', seq, '@payout.example'), 1, FALSE, "
                + "CURRENT_DATE, CURRENT_DATE FROM seq_1_to_" + riders);
        long records = (long) riders * recordsPerRider;
        db.runAsRoot("INSERT INTO coop.work_record (coop_id, membership_id, started_at, ended_at, deliveries, distance_m, income_won, status, source, "
                + "recorded_by, recorded_at) "
                + "SELECT " + coop + ", m.id, TIMESTAMPADD(MINUTE, (s.seq % 25) * 1440 + 600 + (s.seq % 7) * 30, '" + from + "'), "
                + "TIMESTAMPADD(MINUTE, (s.seq % 25) * 1440 + 600 + (s.seq % 7) * 30 + 60 + (s.seq % 5) * 15, '" + from + "'), "
                + "1 + s.seq % 9, 1000 + s.seq % 4000, 3000 + (s.seq * 37) % 9000, 'CONFIRMED', 'IMPORT', 'bench', NOW(6) "
                + "FROM seq_0_to_" + (recordsPerRider - 1) + " s JOIN coop.membership m ON m.coop_id = " + coop + " AND m.member_number > 100");
        db.runAsRoot("ANALYZE TABLE coop.work_record");

        // the floor: the plain aggregate, best of three (after one warm-up)
        double aggregate = Double.MAX_VALUE;
        try (Connection jdbc = connect(db)) {
            for (int i = 0; i < 4; i++) {
                long start = System.nanoTime();
                int groups = aggregate(jdbc, coop, from, to);
                double millis = (System.nanoTime() - start) / 1e6;
                if (groups != riders + 0 && groups != riders) {
                    throw new IllegalStateException("the aggregate found " + groups + " riders");
                }
                if (i > 0) {
                    aggregate = Math.min(aggregate, millis);
                }
            }
        }
        String body = """
                {"periodStart":"%s","periodEnd":"%s","incomes":[{"label":"플랫폼 정산","amountWon":987654321}],
                 "deductions":[{"label":"보험","amountWon":1234567}]}""".formatted(month, month.plusMonths(1).minusDays(1));
        long start = System.nanoTime();
        long run = id(send(client, api + "/coops/" + coop + "/payout-runs", board, body, 201));
        double prepare = (System.nanoTime() - start) / 1e6;
        send(client, api + "/coops/" + coop + "/payout-runs/" + run + "/approve", tokens.accessToken(DemoUser.ADMIN), "{}", 200);
        start = System.nanoTime();
        send(client, api + "/coops/" + coop + "/payout-runs/" + run + "/post", board, "{}", 200);
        double post = (System.nanoTime() - start) / 1e6;
        long lines;
        try (Connection jdbc = connect(db);
             ResultSet row = jdbc.createStatement().executeQuery("SELECT COUNT(*), SUM(debit_won) - SUM(credit_won) FROM ledger_entry WHERE run_id = " + run)) {
            row.next();
            if (row.getLong(2) != 0) {
                throw new IllegalStateException("the ledger does not balance");
            }
            lines = row.getLong(1);
        }
        return new Result(records, riders, aggregate, prepare, post, lines);
    }

    /** The driver directly: Maven's class loader hides it from DriverManager. */
    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", EmbeddedMariaDb.USER);
        props.setProperty("password", EmbeddedMariaDb.PASSWORD);
        return new org.mariadb.jdbc.Driver().connect(db.jdbcUrl(), props);
    }

    private static int aggregate(Connection jdbc, long coop, Timestamp from, Timestamp to) throws SQLException {
        try (PreparedStatement query = jdbc.prepareStatement("""
                SELECT membership_id, SUM(TIMESTAMPDIFF(MINUTE, started_at, ended_at)), SUM(deliveries), SUM(income_won)
                FROM work_record WHERE coop_id = ? AND status = 'CONFIRMED' AND started_at >= ? AND started_at < ?
                GROUP BY membership_id""")) {
            query.setLong(1, coop);
            query.setTimestamp(2, from);
            query.setTimestamp(3, to);
            int groups = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    groups++;
                }
            }
            return groups;
        }
    }

    private static String send(HttpClient client, String url, String token, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException("POST " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json.substring(0, Math.min(200, json.length())));
        }
        return Long.parseLong(id.group(1));
    }
}
