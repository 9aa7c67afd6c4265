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

    private static final int FISCAL_YEAR = KoreanCalendar.today().getYear() - 1;

    private static String proposal(int year, long netIncome, String opening, long legal, long voluntary, long patronage, long capital) {
        return "{\"fiscalYear\":" + year + ",\"netIncomeWon\":" + netIncome + (opening == null ? "" : ",\"opening\":" + opening)
                + ",\"legalReserveWon\":" + legal + ",\"voluntaryReserveWon\":" + voluntary + ",\"patronageDividendWon\":" + patronage
                + ",\"capitalDividendWon\":" + capital + ",\"note\":\"결산 이사회 의결\"}";
    }

    @Test
    void theYearEndSurplusFollowsTheLawGoesToTheAssemblyAndIsSplitPaidAndReinvested() throws Exception {
        cooperative();
        // the founders' capital (2 shares of 50,000 won each; 한지우 1 share) was paid in at the start of the fiscal year, 한지우's on 2 July
        LocalDate start = LocalDate.of(FISCAL_YEAR, 1, 1);
        LocalDate july = LocalDate.of(FISCAL_YEAR, 7, 2);
        long last = member(4);
        TestStack.database().runAsRoot("UPDATE capital_entry SET entry_date = '" + start + "' WHERE coop_id = " + coop + " AND membership_id <> " + last);
        TestStack.database().runAsRoot("UPDATE capital_entry SET entry_date = '" + july + "' WHERE coop_id = " + coop + " AND membership_id = " + last);
        String day = LocalDate.of(FISCAL_YEAR, 6, 10).toString();
        ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv",
                "라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n"
                        + "1," + day + " 10:00," + day + " 14:00,10,30,300000\n2," + day + " 10:00," + day + " 14:00,12,35,200000\n"
                        + "3," + day + " 10:00," + day + " 12:00,6,20,100000\n4," + day + " 10:00," + day + " 11:00,2,5,100000\n", Map.of()), 200);

        JsonObject year = ok(api.get("/api/coops/" + coop + "/surplus-proposals/year?fiscalYear=" + FISCAL_YEAR, token(DemoUser.BOARD)), 200);
        assertThat(year.getJsonNumber("paidInCapitalWon").longValue()).isEqualTo(450_000);
        assertThat(year.getJsonNumber("capitalDividendCapWon").longValue()).isEqualTo(45_000);
        assertThat(year.getJsonNumber("legalCeilingWon").longValue()).isEqualTo(1_350_000);
        assertThat(year.containsKey("opening") && !year.isNull("opening")).isFalse();

        // 10,000,000 won of surplus; 1,000,000 of losses carried forward are covered first: 9,000,000 left, of which at least 10% to the legal reserve
        String opening = "{\"retainedWon\":0,\"voluntaryWon\":0,\"legalWon\":0,\"lossWon\":1000000}";
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, null, 900_000, 0, 0, 0)), 400, "validation");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 899_999, 0, 0, 0)), 422,
                "legal-reserve-minimum");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 40_000, 45_000)), 422,
                "patronage-dividend-half");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 100_000, 45_001)), 422,
                "capital-dividend-cap");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 5_000_000, 4_000_000, 0)), 422,
                "appropriation-exceeds-surplus");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR + 1, 10_000_000, opening, 900_000, 0, 0, 0)), 422,
                "fiscal-year-not-ended");
        assertThat(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 0, 0)
                .replace("\"netIncomeWon\":10000000", "\"netIncomeWon\":10.5")).statusCode()).isEqualTo(400);
        assertProblem(post("/surplus-proposals", DemoUser.RIDER, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 0, 0)), 403, "forbidden");
        assertThat(count("SELECT COUNT(*) FROM surplus_proposal WHERE coop_id = " + coop)).isZero();

        // proposed with an Idempotency-Key: a replay answers the same 201 and stores nothing more
        String valid = proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 1_000_000, 3_000_000, 45_000);
        Map<String, String> once = Map.of("Idempotency-Key", "surplus-of-" + coop);
        JsonObject proposed = ok(api.send("POST", "/api/coops/" + coop + "/surplus-proposals", token(DemoUser.BOARD), "application/json", valid, once), 201);
        JsonObject p = proposed.getJsonObject("proposal");
        long id = p.getJsonNumber("id").longValue();
        JsonObject replayed = ok(api.send("POST", "/api/coops/" + coop + "/surplus-proposals", token(DemoUser.BOARD), "application/json", valid, once), 201);
        assertThat(replayed.getJsonObject("proposal").getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(replayed.getJsonArray("dividends")).hasSameSizeAs(proposed.getJsonArray("dividends"));
        assertThat(count("SELECT COUNT(*) FROM surplus_proposal WHERE coop_id = " + coop)).isEqualTo(1);
        assertThat(p.getString("state")).isEqualTo("PROPOSED");
        assertThat(p.getJsonNumber("lossCoveredWon").longValue()).isEqualTo(1_000_000);
        assertThat(p.getJsonNumber("legalMinimumWon").longValue()).isEqualTo(900_000);
        assertThat(p.getJsonObject("closing").getJsonNumber("retainedWon").longValue()).isEqualTo(10_000_000 - 1_000_000 - 900_000 - 1_000_000 - 3_045_000);
        assertThat(p.getJsonObject("closing").getJsonNumber("lossWon").longValue()).isZero();
        // the preview: patronage by income earned in the year (300 : 200 : 100 : 100), capital by won-days
        List<JsonObject> preview = proposed.getJsonArray("dividends").getValuesAs(JsonObject.class);
        assertThat(preview.stream().mapToLong(d -> d.getJsonNumber("patronageWon").longValue()).sum()).isEqualTo(3_000_000);
        assertThat(preview.stream().mapToLong(d -> d.getJsonNumber("capitalWon").longValue()).sum()).isEqualTo(45_000);
        long days = java.time.temporal.ChronoUnit.DAYS.between(july, LocalDate.of(FISCAL_YEAR, 12, 31)) + 1;
        long yearDays = start.lengthOfYear();
        java.math.BigDecimal wonDays = java.math.BigDecimal.valueOf(4L * 100_000 * yearDays + 50_000 * days);
        for (JsonObject d : preview) {
            long weight = d.getJsonNumber("membershipId").longValue() == last ? 50_000 * days : 100_000 * yearDays;
            assertThat(d.getJsonNumber("capitalWonDays").longValue()).isEqualTo(weight);
            java.math.BigDecimal exact = java.math.BigDecimal.valueOf(45_000L * weight).divide(wonDays, 6, java.math.RoundingMode.HALF_UP);
            assertThat(java.math.BigDecimal.valueOf(d.getJsonNumber("capitalWon").longValue()).subtract(exact).abs()).isLessThan(java.math.BigDecimal.ONE);
        }
        long rider = member(1);
        // a member reads the proposal with their own dividend only
        List<JsonObject> mine = ok(api.get("/api/coops/" + coop + "/surplus-proposals/" + id, token(DemoUser.RIDER)), 200).getJsonArray("dividends")
                .getValuesAs(JsonObject.class);
        assertThat(mine).singleElement().satisfies(d -> {
            assertThat(d.getJsonNumber("membershipId").longValue()).isEqualTo(rider);
            assertThat(d.getJsonNumber("patronageWon").longValue()).isEqualTo(857_143);
        });
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 0, 0)), 409, "proposal-open");
        assertProblem(post("/surplus-proposals/" + id + "/payments", DemoUser.BOARD, "{}"), 409, "surplus-not-adopted");

        // the general assembly decides it; a board meeting cannot
        java.time.Instant now = java.time.Instant.now();
        String agenda = "{\"kind\":\"%s\",\"title\":\"정기총회\",\"startsAt\":\"" + now.plus(java.time.Duration.ofDays(8)) + "\",\"place\":\"사무실\","
                + "\"votingOpensAt\":\"" + now + "\",\"votingClosesAt\":\"" + now.plus(java.time.Duration.ofDays(8)) + "\",\"motions\":[{\"title\":\""
                + FISCAL_YEAR + "년 잉여금 처분안\",\"resolution\":\"ORDINARY\",\"surplusProposalId\":" + id + "}]}";
        assertProblem(post("/meetings", DemoUser.BOARD, agenda.formatted("BOARD_MEETING")), 422, "surplus-assembly");
        JsonObject meeting = ok(post("/meetings", DemoUser.BOARD, agenda.formatted("ORDINARY_GENERAL_ASSEMBLY")), 201);
        assertThat(meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("surplusProposalId").longValue()).isEqualTo(id);
        assertProblem(post("/meetings", DemoUser.BOARD, agenda.formatted("ORDINARY_GENERAL_ASSEMBLY")), 409, "surplus-not-proposed");
        assertProblem(post("/surplus-proposals/" + id + "/withdrawal", DemoUser.BOARD, "{}"), 409, "surplus-not-proposed");
        String at = "/meetings/" + meeting.getJsonNumber("id");
        long motion = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        ok(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"), 201);
        ok(post(at + "/motions/" + motion + "/ballots", DemoUser.BOARD, "{\"choice\":\"YES\"}"), 201);
        ok(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + member(2) + ",\"choice\":\"NO\"}"), 201);
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE surplus_id = " + id)).isZero();
        ok(post(at + "/close", DemoUser.BOARD, "{}"), 200);

        // adopted: split and posted at once
        JsonObject adopted = ok(api.get("/api/coops/" + coop + "/surplus-proposals/" + id, token(DemoUser.BOARD)), 200);
        assertThat(adopted.getJsonObject("proposal").getString("state")).isEqualTo("ADOPTED");
        assertThat(adopted.getJsonObject("proposal").getString("resolution")).contains("2/3");
        assertThat(count("SELECT COUNT(*) FROM surplus_dividend WHERE proposal_id = " + id)).isEqualTo(5);
        assertThat(count("SELECT SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id + " AND account = 'dividend-payable'")).isEqualTo(3_045_000);
        assertThat(count("SELECT SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id + " AND account = 'reserve:legal'")).isEqualTo(900_000);
        assertThat(count("SELECT SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id + " AND account = 'retained-earnings'")).isEqualTo(4_055_000);
        assertThat(count("SELECT SUM(debit_won) - SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id)).isZero();
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR, 10_000_000, opening, 900_000, 0, 0, 0)), 409, "year-appropriated");
        assertProblem(post("/surplus-proposals", DemoUser.BOARD, proposal(FISCAL_YEAR - 1, 10_000_000, opening, 900_000, 0, 0, 0)), 409,
                "year-appropriated");
        // the next year opens with this one's closing balances
        JsonObject next = ok(api.get("/api/coops/" + coop + "/surplus-proposals/year?fiscalYear=" + (FISCAL_YEAR + 1), token(DemoUser.BOARD)), 200);
        assertThat(next.getJsonObject("opening").getJsonNumber("retainedWon").longValue()).isEqualTo(4_055_000);
        assertThat(next.getJsonObject("opening").getJsonNumber("legalWon").longValue()).isEqualTo(900_000);

        // the rider reinvests: 2 more shares would give 4 of 11 (over 30%), 1 gives 3 of 10
        JsonObject own = array(api.get("/api/coops/" + coop + "/members/" + rider + "/payouts/dividends", token(DemoUser.RIDER))).getJsonObject(0);
        assertThat(own.getInt("fiscalYear")).isEqualTo(FISCAL_YEAR);
        long total = own.getJsonObject("dividend").getJsonNumber("patronageWon").longValue() + own.getJsonObject("dividend").getJsonNumber("capitalWon").longValue();
        assertProblem(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.RIDER, "{\"membershipId\":" + rider + ",\"shares\":2}"), 422, "share-cap");
        assertProblem(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.RIDER, "{\"membershipId\":" + member(0) + ",\"shares\":1}"), 404,
                "not-found");
        assertProblem(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.RIDER, "{\"membershipId\":" + rider + ",\"shares\":0}"), 400,
                "validation");
        JsonObject reinvested = ok(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.RIDER, "{\"membershipId\":" + rider + ",\"shares\":1}"), 200);
        assertThat(reinvested.getJsonNumber("reinvestedWon").longValue()).isEqualTo(50_000);
        assertThat(ApiClient.json(api.get("/api/coops/" + coop + "/members/" + rider, token(DemoUser.BOARD))).getJsonObject("member").getInt("shares"))
                .isEqualTo(3);
        assertProblem(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.BOARD, "{\"membershipId\":" + member(0) + ",\"shares\":100}"),
                422, "reinvest-exceeds-dividend");

        // paid, with an Idempotency-Key: a replay pays nothing twice; the rider's payout is what was not reinvested
        Map<String, String> key = Map.of("Idempotency-Key", "dividends-of-" + id);
        ok(api.send("POST", "/api/coops/" + coop + "/surplus-proposals/" + id + "/payments", token(DemoUser.BOARD), "application/json", "{}", key), 200);
        ok(api.send("POST", "/api/coops/" + coop + "/surplus-proposals/" + id + "/payments", token(DemoUser.BOARD), "application/json", "{}", key), 200);
        assertThat(count("SELECT credit_won FROM ledger_entry WHERE surplus_id = " + id + " AND posting = 'PAY' AND account = 'bank' AND membership_id = "
                + rider)).isEqualTo(total - 50_000);
        assertThat(count("SELECT SUM(debit_won) - SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id + " AND account = 'dividend-payable'")).isZero();
        assertThat(count("SELECT SUM(credit_won) FROM ledger_entry WHERE surplus_id = " + id + " AND account = 'share-capital'")).isEqualTo(50_000);
        assertProblem(post("/surplus-proposals/" + id + "/reinvestments", DemoUser.RIDER, "{\"membershipId\":" + rider + ",\"shares\":1}"), 422,
                "reinvest-exceeds-dividend");
    }
}
