package org.ridercoop.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;

/** Payout runs: preview, approval by a second person, posting once, the ledger, statements, payments and reversals. */
public class PayoutsIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(500);
    private static final YearMonth LAST = YearMonth.from(KoreanCalendar.today()).minusMonths(1);

    private long coop;

    /** A cooperative whose five founders worked last month: 박서연 (#1) and 김민준 (#2, the rider) and three more. */
    private void cooperative() {
        HttpResponse<String> created = api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json",
                Fixtures.cooperative("613-82-" + String.format("%05d", REGISTRATIONS.incrementAndGet()), "board@ridercoop.example",
                        "rider@ridercoop.example", 2), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        coop = ApiClient.json(created).getJsonNumber("id").longValue();
        ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv",
                Fixtures.workOfTheFounders(LAST.atDay(10)), Map.of()), 200);
    }

    @AfterEach
    void theLedgerBalances() throws Exception {
        if (coop != 0) {
            assertThat(count("SELECT COALESCE(SUM(debit_won), 0) - COALESCE(SUM(credit_won), 0) FROM ledger_entry WHERE coop_id = " + coop)).isZero();
            JsonObject balance = ok(api.get("/api/coops/" + coop + "/ledger", token(DemoUser.BOARD)), 200);
            assertThat(balance.getBoolean("balanced")).isTrue();
        }
    }

    private HttpResponse<String> post(String path, DemoUser user, String json) {
        return api.send("POST", "/api/coops/" + coop + path, token(user), "application/json", json, Map.of());
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(status);
        return ApiClient.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet row = app.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private String run(long income, String deductions) {
        return "{\"periodStart\":\"" + LAST.atDay(1) + "\",\"periodEnd\":\"" + LAST.atEndOfMonth() + "\",\"incomes\":[{\"label\":\"배민 계약\",\"amountWon\":"
                + income + "}],\"deductions\":[" + deductions + "]}";
    }

    private long member(int index) {
        return array(api.get("/api/coops/" + coop + "/members", token(DemoUser.BOARD))).getJsonObject(index).getJsonNumber("id").longValue();
    }

    @Test
    void aRunIsPreviewedApprovedByAnotherBoardMemberPostedOnceAndTheRiderSeesTheStatement() throws Exception {
        cooperative();
        // 1,000,001 won, 5% kept for operations (50,000), a 10,000 won insurance deduction: 940,001 split by income earned
        JsonObject preview = ok(post("/payout-runs", DemoUser.BOARD, run(1_000_001, "{\"label\":\"단체 보험\",\"amountWon\":10000}")), 201);
        JsonObject header = preview.getJsonObject("run");
        assertThat(List.of(header.getJsonNumber("grossWon").longValue(), header.getJsonNumber("operatingWon").longValue(),
                header.getJsonNumber("deductionsWon").longValue(), header.getJsonNumber("netWon").longValue()))
                .containsExactly(1_000_001L, 50_000L, 10_000L, 940_001L);
        assertThat(header.getString("state")).isEqualTo("PREVIEW");
        List<JsonObject> lines = preview.getJsonArray("lines").getValuesAs(JsonObject.class);
        // 700,000 won of income earned: 300 : 200 : 100 : 100 : 0 (the fifth earned nothing, so gets nothing). Exact shares
        // 402,857.57 / 268,571.71 / 134,285.86 / 134,285.86: the 3 won left go to the largest remainders
        assertThat(lines).hasSize(5);
        assertThat(lines.stream().mapToLong(l -> l.getJsonNumber("amountWon").longValue()).sum()).isEqualTo(940_001);
        assertThat(lines).extracting(l -> l.getJsonNumber("amountWon").longValue()).containsExactly(402_857L, 268_572L, 134_286L, 134_286L, 0L);
        JsonObject first = lines.get(0);
        // 3.3% withheld, rounded down to the won
        assertThat(first.getJsonNumber("withholdingWon").longValue()).isEqualTo(13_294);
        assertThat(first.getJsonNumber("payableWon").longValue()).isEqualTo(402_857 - 13_294);
        long runId = header.getJsonNumber("id").longValue();
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId)).isZero();

        // the rider sees nothing yet and cannot act on runs; the preparer cannot approve their own run
        long rider = member(1);
        assertThat(array(api.get("/api/coops/" + coop + "/members/" + rider + "/payouts", token(DemoUser.RIDER)))).isEmpty();
        assertProblem(post("/payout-runs/" + runId + "/approve", DemoUser.RIDER, "{}"), 403, "forbidden");
        assertProblem(post("/payout-runs/" + runId + "/post", DemoUser.BOARD, "{}"), 409, "run-not-approved");
        assertProblem(post("/payout-runs/" + runId + "/approve", DemoUser.BOARD, "{}"), 403, "forbidden");
        assertThat(ok(post("/payout-runs/" + runId + "/approve", DemoUser.ADMIN, "{}"), 200).getString("state")).isEqualTo("APPROVED");

        // two postings at the same moment: one posts, the other is refused
        String board = token(DemoUser.BOARD);
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> api.send("POST", "/api/coops/" + coop + "/payout-runs/" + runId + "/post", board,
                    "application/json", "{}", Map.of())));
        }
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        // pool in 1,000,001; out: operations, insurance, the parts; members' payables less withholding
        assertThat(count("SELECT SUM(credit_won) FROM ledger_entry WHERE run_id = " + runId + " AND account = 'member-payable'")).isEqualTo(940_001);
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId)).isEqualTo(2 + 2 + 2 + 4 * 4);

        JsonObject statement = array(api.get("/api/coops/" + coop + "/members/" + rider + "/payouts", token(DemoUser.RIDER))).getJsonObject(0);
        assertThat(statement.getJsonNumber("amountWon").longValue()).isEqualTo(268_572);
        assertThat(statement.getJsonNumber("incomeWon").longValue()).isEqualTo(200_000);
        assertThat(statement.getJsonNumber("sharePercent").doubleValue()).isEqualTo(28.5714);
        assertThat(statement.getJsonArray("items")).hasSize(2);
        assertThat(statement.containsKey("paidAt") && !statement.isNull("paidAt")).isFalse();
        assertProblem(api.get("/api/coops/" + coop + "/members/" + member(0) + "/payouts", token(DemoUser.RIDER)), 404, "not-found");

        // the rider gives the account to pay into; the board's transfer file lists every unpaid payout
        String account = "{\"bank\":\"카카오뱅크\",\"accountNumber\":\"3333-01-2345678\",\"holder\":\"김민준\"}";
        assertProblem(api.send("PUT", "/api/coops/" + coop + "/members/" + rider + "/payouts/bank-account", token(DemoUser.RIDER), "application/json",
                account.replace("3333-01-2345678", "=HYPERLINK(1)"), Map.of()), 400, "validation");
        ok(api.send("PUT", "/api/coops/" + coop + "/members/" + rider + "/payouts/bank-account", token(DemoUser.RIDER), "application/json", account,
                Map.of()), 200);
        assertProblem(api.send("PUT", "/api/coops/" + coop + "/members/" + member(0) + "/payouts/bank-account", token(DemoUser.RIDER),
                "application/json", account, Map.of()), 404, "not-found");
        assertThat(ok(api.get("/api/coops/" + coop + "/members/" + rider + "/payouts/bank-account", token(DemoUser.BOARD)), 200)
                .getString("accountNumber")).isEqualTo("3333-01-2345678");
        assertProblem(api.get("/api/coops/" + coop + "/payout-runs/" + runId + "/bank-file.csv", token(DemoUser.RIDER)), 403, "forbidden");
        HttpResponse<String> file = api.get("/api/coops/" + coop + "/payout-runs/" + runId + "/bank-file.csv", board);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        List<String> rows = file.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("\uFEFF은행,계좌번호,예금주,금액(원),조합원번호,성명");
        assertThat(rows).hasSize(1 + 4 + 1).contains("카카오뱅크,3333-01-2345678,김민준," + (268_572 - 8_862) + ",2,김민준");
        assertThat(rows.getLast()).isEqualTo("합계,,," + (940_001 - 13_294 - 8_862 - 4_431 - 4_431) + ",,");

        // paid, with an Idempotency-Key: a replay pays nothing twice
        Map<String, String> key = Map.of("Idempotency-Key", "payment-of-run-" + runId);
        ok(api.send("POST", "/api/coops/" + coop + "/payout-runs/" + runId + "/payments", board, "application/json", "{}", key), 200);
        ok(api.send("POST", "/api/coops/" + coop + "/payout-runs/" + runId + "/payments", board, "application/json", "{}", key), 200);
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE run_id = " + runId + " AND posting = 'PAY'")).isEqualTo(8);
        assertThat(count("SELECT SUM(debit_won) - SUM(credit_won) FROM ledger_entry WHERE run_id = " + runId + " AND account = 'member-payable'")).isZero();
        JsonObject paid = array(api.get("/api/coops/" + coop + "/members/" + rider + "/payouts", token(DemoUser.RIDER))).getJsonObject(0);
        assertThat(paid.containsKey("paidAt") && !paid.isNull("paidAt")).isTrue();
        // a paid run is not reversed; entries are never changed by the application
        assertProblem(post("/payout-runs/" + runId + "/reversal", DemoUser.BOARD, "{}"), 409, "run-paid");
        // nothing left to transfer
        assertThat(api.get("/api/coops/" + coop + "/payout-runs/" + runId + "/bank-file.csv", board).body().lines().count()).isEqualTo(2);
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> app.createStatement().executeUpdate(
                    "UPDATE ledger_entry SET debit_won = 1 WHERE run_id = " + runId))).isInstanceOf(java.sql.SQLException.class);
        }
    }

    @Test
    void onePostedRunPerPeriodACorrectionIsAReversalAndBadInputStoresNothing() throws Exception {
        cooperative();
        // bad input: 400 naming the field, 422 for a rule; nothing stored
        assertProblem(post("/payout-runs", DemoUser.BOARD, run(-5, "")), 400, "validation");
        assertThat(post("/payout-runs", DemoUser.BOARD, run(0, "").replace("\"amountWon\":0", "\"amountWon\":10.5")).statusCode()).isEqualTo(400);
        assertProblem(post("/payout-runs", DemoUser.BOARD, run(100_000, "{\"label\":\"장비\",\"amountWon\":200000}")), 422, "deductions-exceed-income");
        assertProblem(post("/payout-runs", DemoUser.BOARD, run(100_000, "").replace(LAST.atDay(1).toString(), LAST.minusMonths(3).atDay(1).toString())
                .replace(LAST.atEndOfMonth().toString(), LAST.minusMonths(3).atEndOfMonth().toString())), 422, "no-work");
        assertProblem(post("/payout-runs", DemoUser.BOARD, run(100_000, "").replace(LAST.atEndOfMonth().toString(), LocalDate.now().plusDays(3).toString())),
                400, "validation");
        assertThat(count("SELECT COUNT(*) FROM payout_run WHERE coop_id = " + coop)).isZero();

        long first = ok(post("/payout-runs", DemoUser.BOARD, run(500_000, "")), 201).getJsonObject("run").getJsonNumber("id").longValue();
        long second = ok(post("/payout-runs", DemoUser.BOARD, run(510_000, "")), 201).getJsonObject("run").getJsonNumber("id").longValue();
        for (long id : List.of(first, second)) {
            ok(post("/payout-runs/" + id + "/approve", DemoUser.ADMIN, "{}"), 200);
        }
        ok(post("/payout-runs/" + first + "/post", DemoUser.BOARD, "{}"), 200);
        assertProblem(post("/payout-runs/" + second + "/post", DemoUser.BOARD, "{}"), 409, "period-posted");
        // the correction: reverse the first, then the second posts
        JsonObject reversal = ok(post("/payout-runs/" + first + "/reversal", DemoUser.BOARD, "{}"), 200);
        assertThat(reversal.getJsonNumber("reversesRunId").longValue()).isEqualTo(first);
        assertThat(count("SELECT SUM(debit_won) FROM ledger_entry WHERE run_id = " + reversal.getJsonNumber("id"))).isEqualTo(
                count("SELECT SUM(credit_won) FROM ledger_entry WHERE run_id = " + first));
        ok(post("/payout-runs/" + second + "/post", DemoUser.BOARD, "{}"), 200);
        List<JsonObject> runs = array(api.get("/api/coops/" + coop + "/payout-runs", token(DemoUser.BOARD))).getValuesAs(JsonObject.class);
        assertThat(runs).extracting(r -> r.getString("state")).containsExactlyInAnyOrder("REVERSED", "POSTED", "POSTED");
        // the rider's statements: the reversed run is marked so, the corrected one counts
        List<JsonObject> statements = array(api.get("/api/coops/" + coop + "/members/" + member(1) + "/payouts", token(DemoUser.RIDER)))
                .getValuesAs(JsonObject.class);
        assertThat(statements).extracting(s -> s.getString("state")).containsExactlyInAnyOrder("POSTED", "REVERSED");
        assertProblem(api.get("/api/coops/" + coop + "/payout-runs", token(DemoUser.RIDER)), 403, "forbidden");
    }
}
