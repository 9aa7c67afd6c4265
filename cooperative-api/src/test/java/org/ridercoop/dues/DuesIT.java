package org.ridercoop.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.AppEnvironment;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.devstack.PayaraMicroServer;
import org.ridercoop.devstack.Ports;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;

/** Dues plans, the monthly billing (once, also with two instances), payments, balances and arrears, through the packaged API. */
public class DuesIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(900);
    private static final LocalDate TODAY = KoreanCalendar.today();
    private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

    /** A cooperative whose 5 founders joined a year ago (so that past months can be billed), with a standard plan of 10,000 won. */
    private long cooperative() {
        HttpResponse<String> created = api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json",
                Fixtures.cooperative("611-82-" + String.format("%05d", REGISTRATIONS.incrementAndGet()), "board@ridercoop.example",
                        "rider@ridercoop.example", 2), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long coop = ApiClient.json(created).getJsonNumber("id").longValue();
        TestStack.database().runAsRoot("UPDATE membership SET joined_on = '" + TODAY.minusYears(1) + "' WHERE coop_id = " + coop);
        ok(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD, plan("월 회비", 10_000, true, TODAY.minusYears(1))), 201);
        return coop;
    }

    private static String plan(String name, long won, boolean standard, LocalDate from) {
        return "{\"name\":\"" + name + "\",\"monthlyWon\":" + won + ",\"standard\":" + standard + ",\"startsOn\":\"" + from + "\"}";
    }

    private HttpResponse<String> post(String path, DemoUser user, String json) {
        return post(api, path, token(user), json);
    }

    private static HttpResponse<String> post(ApiClient client, String path, String token, String json) {
        return client.send("POST", "/api" + path, token, json == null ? null : "application/json", json, Map.of());
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

    private long member(long coop, int index) {
        return array(api.get("/api/coops/" + coop + "/members", token(DemoUser.BOARD))).getJsonObject(index).getJsonNumber("id").longValue();
    }

    private String bill(YearMonth month) {
        return "{\"month\":\"" + month + "\"}";
    }

    /** 400 problem+json: Bean Validation's, or the JSON reader's for a fraction or an overflow of a whole number. */
    private static void badRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    private static long count(String sql) throws Exception {
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet row = app.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void plansAreDatedAndANewStandardPlanEndsTheOldOneBadAmountsStoreNothing() throws Exception {
        long coop = cooperative();
        String plans = "/coops/" + coop + "/dues/plans";
        badRequest(post(plans, DemoUser.BOARD, plan("반값", 10_000, false, TODAY).replace("10000", "5000.5")));
        assertProblem(post(plans, DemoUser.BOARD, plan("반값", -5_000, false, TODAY)), 400, "validation");
        assertProblem(post(plans, DemoUser.BOARD, plan(" ", 5_000, false, TODAY)), 400, "validation");
        assertProblem(post(plans, DemoUser.BOARD, plan("반값", 5_000, false, TODAY).replace("}", ",\"endsOn\":\"" + TODAY.minusDays(1) + "\"}")),
                400, "validation");
        assertProblem(post(plans, DemoUser.RIDER, plan("반값", 5_000, false, TODAY)), 403, "forbidden");
        assertThat(count("SELECT COUNT(*) FROM dues_plan WHERE coop_id = " + coop)).isEqualTo(1);

        // from next month the standard fee is 12,000 won: the 10,000 plan ends the day before
        LocalDate next = THIS_MONTH.plusMonths(1).atDay(1);
        ok(post(plans, DemoUser.BOARD, plan("월 회비 (인상)", 12_000, true, next)), 201);
        assertProblem(post(plans, DemoUser.BOARD, plan("월 회비 (또)", 13_000, true, next)), 409, "standard-plan-exists");
        List<JsonObject> listed = array(api.get("/api" + plans, token(DemoUser.RIDER))).getValuesAs(JsonObject.class);
        assertThat(listed).hasSize(2);
        JsonObject old = listed.stream().filter(p -> p.getInt("monthlyWon") == 10_000).findFirst().orElseThrow();
        assertThat(old.getString("endsOn")).isEqualTo(next.minusDays(1).toString());
        // a member on a reduced plan pays that one from its day
        long reduced = ok(post(plans, DemoUser.BOARD, plan("신입 감면", 5_000, false, TODAY.minusYears(1))), 201).getJsonNumber("id").longValue();
        long rider = member(coop, 1);
        JsonObject account = ok(api.send("PUT", "/api/coops/" + coop + "/members/" + rider + "/dues/plan", token(DemoUser.BOARD),
                "application/json", "{\"planId\":" + reduced + ",\"startsOn\":\"" + THIS_MONTH.atDay(1) + "\"}", Map.of()), 200);
        assertThat(account.getJsonObject("planToday").getInt("monthlyWon")).isEqualTo(5_000);
        ok(post("/coops/" + coop + "/dues/billing-runs", DemoUser.BOARD, bill(THIS_MONTH)), 200);
        assertThat(count("SELECT amount_won FROM dues_charge WHERE membership_id = " + rider)).isEqualTo(5_000);
        assertThat(count("SELECT SUM(amount_won) FROM dues_charge WHERE coop_id = " + coop)).isEqualTo(4 * 10_000 + 5_000);
    }

    @Test
    void billingAMonthTwiceCreatesNothingNewAndPaymentsMakeTheBalance() throws Exception {
        long coop = cooperative();
        String runs = "/coops/" + coop + "/dues/billing-runs";
        assertProblem(post(runs, DemoUser.BOARD, bill(THIS_MONTH.plusMonths(1))), 422, "month-not-begun");
        assertProblem(post(runs, DemoUser.BOARD, "{\"month\":\"2026-13\"}"), 400, "validation");
        assertProblem(post(runs, DemoUser.RIDER, bill(THIS_MONTH)), 403, "forbidden");
        JsonObject first = ok(post(runs, DemoUser.BOARD, bill(THIS_MONTH)), 200);
        assertThat(List.of(first.getInt("created"), first.getInt("charges"), first.getInt("chargedWon"), first.getInt("withoutPlan")))
                .containsExactly(5, 5, 50_000, 0);
        JsonObject again = ok(post(runs, DemoUser.BOARD, bill(THIS_MONTH)), 200);
        assertThat(List.of(again.getInt("created"), again.getInt("charges"))).containsExactly(0, 5);

        long rider = member(coop, 1);
        String payments = "/coops/" + coop + "/members/" + rider + "/dues/payments";
        String payment = "{\"amountWon\":%s,\"paidOn\":\"%s\",\"method\":\"TRANSFER\",\"reference\":\"국민은행 입금\"}";
        for (String bad : List.of("3000.5", "0", "-3000", "100000000000000000000")) {
            badRequest(post(payments, DemoUser.BOARD, payment.formatted(bad, TODAY)));
        }
        assertProblem(post(payments, DemoUser.BOARD, payment.formatted("3000", TODAY.plusDays(1))), 400, "validation");
        assertProblem(post(payments, DemoUser.BOARD, payment.formatted("3000", TODAY).replace("TRANSFER", "BITCOIN")), 400, "validation");
        assertProblem(post(payments, DemoUser.RIDER, payment.formatted("3000", TODAY)), 403, "forbidden");
        assertThat(count("SELECT COUNT(*) FROM dues_payment WHERE membership_id = " + rider)).isZero();
        long capitalBefore = count("SELECT paid_in FROM membership WHERE id = " + rider);

        JsonObject partial = ok(post(payments, DemoUser.BOARD, payment.formatted("3000", TODAY)), 200);
        assertThat(partial.getInt("balanceWon")).isEqualTo(7_000);
        // twenty payments of 1,000 won at once: none lost
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sent.add(pool.submit(() -> post(payments, DemoUser.BOARD, payment.formatted("1000", TODAY))));
            }
            for (Future<HttpResponse<String>> response : sent) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonObject account = ok(api.get("/api/coops/" + coop + "/members/" + rider + "/dues", token(DemoUser.RIDER)), 200);
        assertThat(account.getInt("paidWon")).isEqualTo(23_000);
        assertThat(account.getInt("balanceWon")).isEqualTo(-13_000);
        assertThat(account.getInt("creditWon")).isEqualTo(13_000);
        assertThat(account.getJsonArray("payments")).hasSize(21);
        // dues never touch share capital (§22④)
        assertThat(count("SELECT paid_in FROM membership WHERE id = " + rider)).isEqualTo(capitalBefore);
        // a member sees only their own account; another cooperative's consultant sees none
        assertProblem(api.get("/api/coops/" + coop + "/members/" + member(coop, 2) + "/dues", token(DemoUser.RIDER)), 404, "not-found");
        assertProblem(api.get("/api/coops/" + coop + "/members/" + rider + "/dues", token(DemoUser.CONSULTANT)), 404, "not-found");
        // a replayed payment with the same key counts once
        Map<String, String> key = Map.of("Idempotency-Key", "dues-" + java.util.UUID.randomUUID());
        for (int i = 0; i < 2; i++) {
            assertThat(api.send("POST", "/api" + payments, token(DemoUser.BOARD), "application/json", payment.formatted("500", TODAY), key)
                    .statusCode()).isEqualTo(200);
        }
        assertThat(count("SELECT SUM(amount_won) FROM dues_payment WHERE membership_id = " + rider)).isEqualTo(23_500);
    }

    @Test
    void arrearsAreAgedOldestFirstAndFlaggedAfterTheArticlesMonthsNeverActedOn() {
        long coop = cooperative();
        // seven months billed, the articles expel for 6 unpaid months
        for (int back = 6; back >= 0; back--) {
            ok(post("/coops/" + coop + "/dues/billing-runs", DemoUser.BOARD, bill(THIS_MONTH.minusMonths(back))), 200);
        }
        long rider = member(coop, 1);
        long doyun = member(coop, 2);
        String payment = "{\"amountWon\":%d,\"paidOn\":\"" + TODAY + "\",\"method\":\"CASH\"}";
        // 최도윤 pays everything; the rider pays three months and a half
        ok(post("/coops/" + coop + "/members/" + doyun + "/dues/payments", DemoUser.BOARD, payment.formatted(70_000)), 200);
        ok(post("/coops/" + coop + "/members/" + rider + "/dues/payments", DemoUser.BOARD, payment.formatted(35_000)), 200);

        List<JsonObject> arrears = array(api.get("/api/coops/" + coop + "/dues/arrears", token(DemoUser.BOARD))).getValuesAs(JsonObject.class);
        assertThat(arrears).hasSize(4).noneMatch(a -> a.getJsonNumber("membershipId").longValue() == doyun);
        JsonObject riderLine = arrears.stream().filter(a -> a.getJsonNumber("membershipId").longValue() == rider).findFirst().orElseThrow();
        assertThat(riderLine.getInt("unpaidWon")).isEqualTo(35_000);
        // the oldest months are paid first: left are half of the 4th month back, and the 3 newest
        JsonObject aging = riderLine.getJsonObject("aging");
        assertThat(List.of(aging.getInt("current"), aging.getInt("oneMonth"), aging.getInt("twoMonths"), aging.getInt("threeOrMore")))
                .containsExactly(10_000, 10_000, 10_000, 5_000);
        assertThat(riderLine.getInt("monthsInArrears")).isEqualTo(3);
        assertThat(riderLine.getBoolean("flagged")).isFalse();
        JsonObject unpaid = arrears.get(0);
        assertThat(unpaid.getInt("unpaidWon")).isEqualTo(70_000);
        assertThat(unpaid.getInt("monthsInArrears")).isEqualTo(6);
        assertThat(unpaid.getBoolean("flagged")).isTrue();
        // flagged, and still an active member: expulsion is for the board to open and the assembly to decide
        assertThat(ok(api.get("/api/coops/" + coop + "/members/" + unpaid.getJsonNumber("membershipId"), token(DemoUser.BOARD)), 200)
                .getJsonObject("member").getString("status")).isEqualTo("ACTIVE");
        assertProblem(api.get("/api/coops/" + coop + "/dues/arrears", token(DemoUser.RIDER)), 403, "forbidden");

        List<JsonObject> months = array(api.get("/api/coops/" + coop + "/dues/collection", token(DemoUser.BOARD))).getValuesAs(JsonObject.class);
        assertThat(months).hasSize(7);
        JsonObject oldest = months.get(6);
        assertThat(oldest.getString("month")).isEqualTo(THIS_MONTH.minusMonths(6).toString());
        // 5 charged; 최도윤 and the rider paid it
        assertThat(List.of(oldest.getInt("members"), oldest.getInt("chargedWon"), oldest.getInt("collectedWon"))).containsExactly(5, 50_000, 20_000);
        assertThat(oldest.getJsonNumber("ratePercent").doubleValue()).isEqualTo(40.0);
        assertThat(months.get(0).getJsonNumber("ratePercent").doubleValue()).isEqualTo(20.0);
    }

    @Test
    void remindersGoOutByEmailAtTheBoardsPointsOncePerMemberAndMonth() throws Exception {
        long coop = cooperative();
        for (int back = 3; back >= 0; back--) {
            ok(post("/coops/" + coop + "/dues/billing-runs", DemoUser.BOARD, bill(THIS_MONTH.minusMonths(back))), 200);
        }
        long rider = member(coop, 1);
        long doyun = member(coop, 2);
        String payment = "{\"amountWon\":%d,\"paidOn\":\"" + TODAY + "\",\"method\":\"CASH\"}";
        // the rider pays the two oldest months (one month in arrears left), 최도윤 everything; the others owe 3 months
        ok(post("/coops/" + coop + "/members/" + rider + "/dues/payments", DemoUser.BOARD, payment.formatted(20_000)), 200);
        ok(post("/coops/" + coop + "/members/" + doyun + "/dues/payments", DemoUser.BOARD, payment.formatted(40_000)), 200);
        String path = "/api/coops/" + coop + "/dues/reminders";
        JsonObject defaults = ok(api.get(path, token(DemoUser.BOARD)), 200);
        assertThat(defaults.getJsonArray("monthsInArrears").getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue))
                .containsExactly(1, 2, 3);
        assertThat(defaults.getInt("dayOfMonth")).isEqualTo(10);
        assertThat(defaults.getJsonArray("sent")).isEmpty();

        // bad settings: 400 naming the field, nothing stored; only the board sets them
        for (String bad : List.of("{\"monthsInArrears\":[0],\"dayOfMonth\":10}", "{\"monthsInArrears\":[2,2],\"dayOfMonth\":10}",
                "{\"monthsInArrears\":[1],\"dayOfMonth\":29}", "{\"monthsInArrears\":[1,2,3,4,5,6,7],\"dayOfMonth\":10}",
                "{\"monthsInArrears\":[1.5],\"dayOfMonth\":10}", "{\"dayOfMonth\":10}")) {
            badRequest(api.send("PUT", path, token(DemoUser.BOARD), "application/json", bad, Map.of()));
        }
        assertProblem(api.send("PUT", path, token(DemoUser.RIDER), "application/json", "{\"monthsInArrears\":[1],\"dayOfMonth\":5}", Map.of()),
                403, "forbidden");
        assertThat(ok(api.get(path, token(DemoUser.BOARD)), 200).getInt("dayOfMonth")).isEqualTo(10);
        assertProblem(post("/coops/" + coop + "/dues/reminder-runs", DemoUser.RIDER, "{}"), 403, "forbidden");

        // at one month in arrears only: the rider's reminder, by e-mail
        JsonObject set = ok(api.send("PUT", path, token(DemoUser.BOARD), "application/json", "{\"monthsInArrears\":[1],\"dayOfMonth\":5}", Map.of()), 200);
        assertThat(set.getInt("dayOfMonth")).isEqualTo(5);
        long before = reminderMails();
        assertThat(ok(post("/coops/" + coop + "/dues/reminder-runs", DemoUser.BOARD, "{}"), 200).getInt("queued")).isEqualTo(1);
        jakarta.mail.internet.MimeMessage mail = awaitReminderMails(before + 1).get((int) before);
        String riderEmail = ok(api.get("/api/coops/" + coop + "/members/" + rider, token(DemoUser.BOARD)), 200).getJsonObject("member").getString("email");
        assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString()).isEqualTo(riderEmail);
        assertThat(mail.getSubject()).contains("회비 납부 안내", "1개월");
        assertThat((String) mail.getContent()).contains("미납 회비: 20,000원", "Unpaid: 20,000 won", "/my-dues.xhtml?coop=" + coop);
        List<JsonObject> sent = ok(api.get(path, token(DemoUser.BOARD)), 200).getJsonArray("sent").getValuesAs(JsonObject.class);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.getJsonNumber("membershipId").longValue()).isEqualTo(rider);
            assertThat(r.getInt("monthsInArrears")).isEqualTo(1);
            assertThat(r.getInt("unpaidWon")).isEqualTo(20_000);
            assertThat(r.getString("month")).isEqualTo(THIS_MONTH.toString());
        });
        awaitSent(path, 1);

        // once per member and month: a second run sends nothing; at 1 and 3 months the three who owe three months get theirs
        assertThat(ok(post("/coops/" + coop + "/dues/reminder-runs", DemoUser.BOARD, "{}"), 200).getInt("queued")).isZero();
        ok(api.send("PUT", path, token(DemoUser.BOARD), "application/json", "{\"monthsInArrears\":[3,1],\"dayOfMonth\":5}", Map.of()), 200);
        assertThat(ok(post("/coops/" + coop + "/dues/reminder-runs", DemoUser.BOARD, "{}"), 200).getInt("queued")).isEqualTo(3);
        awaitReminderMails(before + 4);
        awaitSent(path, 4);
        Thread.sleep(1_000);
        assertThat(reminderMails()).isEqualTo(before + 4);
        assertThat(count("SELECT COUNT(*) FROM dues_reminder WHERE coop_id = " + coop)).isEqualTo(4);
        // a consultant without a grant sees nothing of it
        assertProblem(api.get(path, token(DemoUser.CONSULTANT)), 404, "not-found");
        // reminders only inform: nobody's membership changed
        assertThat(array(api.get("/api/coops/" + coop + "/members", token(DemoUser.BOARD))).getValuesAs(JsonObject.class))
                .allSatisfy(m -> assertThat(m.getString("status")).isEqualTo("ACTIVE"));
    }

    private static long reminderMails() {
        return TestStack.mail().received().stream().filter(m -> subjectOf(m).contains("회비 납부 안내")).count();
    }

    private static List<jakarta.mail.internet.MimeMessage> awaitReminderMails(long count) throws InterruptedException {
        for (int i = 0; i < 300 && reminderMails() < count; i++) {
            Thread.sleep(100);
        }
        List<jakarta.mail.internet.MimeMessage> mails = TestStack.mail().received().stream().filter(m -> subjectOf(m).contains("회비 납부 안내")).toList();
        assertThat(mails).hasSizeGreaterThanOrEqualTo((int) count);
        return mails;
    }

    private void awaitSent(String path, int count) throws InterruptedException {
        List<JsonObject> sent = List.of();
        for (int i = 0; i < 300; i++) {
            sent = ok(api.get(path, token(DemoUser.BOARD)), 200).getJsonArray("sent").getValuesAs(JsonObject.class);
            if (sent.stream().filter(r -> "SENT".equals(r.getString("emailStatus"))).count() == count) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(sent).hasSize(count).allSatisfy(r -> assertThat(r.getString("emailStatus")).isEqualTo("SENT"));
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void plansByWorkChargeThePreviousMonthsConfirmedDeliveriesOrIncome() throws Exception {
        long coop = cooperative();
        long rider = member(coop, 1);
        long doyun = member(coop, 2);
        YearMonth last = THIS_MONTH.minusMonths(1);
        String day = last.atDay(10).toString();
        String other = last.atDay(20).toString();
        // confirmed work of last month, imported: the rider (#2) 12 + 9 deliveries, 최도윤 (#3) 58,000 + 41,333 won earned
        String csv = "라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n2," + day + " 10:00," + day + " 14:00,12,40,58000\n2," + other
                + " 17:00," + other + " 21:00,9,30,40000\n3," + day + " 10:00," + day + " 14:00,14,41,58000\n3," + other + " 11:00," + other
                + " 15:00,10,33,41333\n";
        ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv", csv, Map.of()), 200);
        // the rider's own record waits for the board: it does not count
        java.time.Instant start = last.atDay(25).atTime(10, 0).atZone(KoreanCalendar.ZONE).toInstant();
        ok(post("/coops/" + coop + "/work-records", DemoUser.RIDER, "{\"startedAt\":\"" + start + "\",\"endedAt\":\"" + start.plusSeconds(3600)
                + "\",\"deliveries\":50,\"distanceKm\":10,\"incomeWon\":90000}"), 201);

        String from = THIS_MONTH.minusMonths(2).atDay(1).toString();
        badRequest(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"건당\",\"kind\":\"PER_DELIVERY\",\"standard\":false,\"startsOn\":\"" + from + "\"}"));
        badRequest(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"건당\",\"kind\":\"PER_DELIVERY\",\"perDeliveryWon\":100,\"monthlyWon\":5000,\"standard\":false,\"startsOn\":\"" + from + "\"}"));
        badRequest(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"수입 비율\",\"kind\":\"PERCENT_OF_INCOME\",\"incomeRateBasisPoints\":3001,\"standard\":false,\"startsOn\":\"" + from + "\"}"));
        badRequest(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"건당\",\"kind\":\"PER_PARCEL\",\"perDeliveryWon\":100,\"standard\":false,\"startsOn\":\"" + from + "\"}"));
        JsonObject perDelivery = ok(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"건당 100원\",\"kind\":\"PER_DELIVERY\",\"perDeliveryWon\":100,\"standard\":false,\"startsOn\":\"" + from + "\"}"), 201);
        assertThat(perDelivery.containsKey("monthlyWon") && !perDelivery.isNull("monthlyWon")).isFalse();
        assertThat(perDelivery.getInt("perDeliveryWon")).isEqualTo(100);
        JsonObject share = ok(post("/coops/" + coop + "/dues/plans", DemoUser.BOARD,
                "{\"name\":\"수입의 1.5%\",\"kind\":\"PERCENT_OF_INCOME\",\"incomeRateBasisPoints\":150,\"standard\":false,\"startsOn\":\"" + from + "\"}"), 201);
        ok(api.send("PUT", "/api/coops/" + coop + "/members/" + rider + "/dues/plan", token(DemoUser.BOARD), "application/json",
                "{\"planId\":" + perDelivery.getJsonNumber("id") + ",\"startsOn\":\"" + from + "\"}", Map.of()), 200);
        ok(api.send("PUT", "/api/coops/" + coop + "/members/" + doyun + "/dues/plan", token(DemoUser.BOARD), "application/json",
                "{\"planId\":" + share.getJsonNumber("id") + ",\"startsOn\":\"" + from + "\"}", Map.of()), 200);

        ok(post("/coops/" + coop + "/dues/billing-runs", DemoUser.BOARD, bill(THIS_MONTH)), 200);
        JsonObject riderMonth = ok(api.get("/api/coops/" + coop + "/members/" + rider + "/dues", token(DemoUser.RIDER)), 200)
                .getJsonArray("months").getJsonObject(0);
        assertThat(riderMonth.getString("month")).isEqualTo(THIS_MONTH.toString());
        assertThat(riderMonth.getInt("chargedWon")).isEqualTo(2_100);
        assertThat(riderMonth.getString("kind")).isEqualTo("PER_DELIVERY");
        assertThat(riderMonth.getInt("basisQuantity")).isEqualTo(21);
        JsonObject doyunMonth = ok(api.get("/api/coops/" + coop + "/members/" + doyun + "/dues", token(DemoUser.BOARD)), 200)
                .getJsonArray("months").getJsonObject(0);
        // 1.5% of 99,333 won is 1,489.995: rounded down to the won
        assertThat(doyunMonth.getInt("chargedWon")).isEqualTo(1_489);
        assertThat(doyunMonth.getInt("basisQuantity")).isEqualTo(99_333);
        // everyone else pays the standard 10,000
        assertThat(ok(api.get("/api/coops/" + coop + "/members/" + member(coop, 3) + "/dues", token(DemoUser.BOARD)), 200)
                .getJsonArray("months").getJsonObject(0).getInt("chargedWon")).isEqualTo(10_000);
    }

    @Test
    void aBankStatementRecordsTheMatchedDepositsOnceAndReportsTheRest() throws Exception {
        long coop = cooperative();
        ok(post("/coops/" + coop + "/dues/billing-runs", DemoUser.BOARD, bill(THIS_MONTH)), 200);
        long rider = member(coop, 1);
        long doyun = member(coop, 2);
        int riderNumber = ok(api.get("/api/coops/" + coop + "/members/" + rider, token(DemoUser.BOARD)), 200).getJsonObject("member")
                .getInt("memberNumber");
        String day = TODAY.toString();
        String statement = "\uFEFF거래일자,입금액,출금액,적요\r\n"
                + day + " 09:12:44,\"10,000\",,#" + riderNumber + " 김민준\r\n"
                + day + ",10000,,최도윤\r\n"
                + day + ",5000,,홍길동\r\n"
                + day + ",,30000,카드대금\r\n";
        String path = "/api/coops/" + coop + "/dues/bank-statements";
        assertProblem(api.send("POST", path, token(DemoUser.RIDER), "text/csv", statement, Map.of()), 403, "forbidden");
        JsonObject report = ok(api.send("POST", path, token(DemoUser.BOARD), "text/csv", statement, Map.of()), 200);
        assertThat(List.of(report.getInt("recorded"), report.getInt("recordedWon"), report.getInt("unmatched"), report.getInt("notDeposits")))
                .containsExactly(2, 20_000, 1, 1);
        JsonObject unmatched = report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("outcome").equals("UNMATCHED")).findFirst().orElseThrow();
        assertThat(List.of(unmatched.getInt("line"), unmatched.getString("payer"))).containsExactly(4, "홍길동");
        assertThat(ok(api.get("/api/coops/" + coop + "/members/" + rider + "/dues", token(DemoUser.RIDER)), 200).getInt("balanceWon")).isZero();
        assertThat(ok(api.get("/api/coops/" + coop + "/members/" + doyun + "/dues", token(DemoUser.BOARD)), 200).getInt("balanceWon")).isZero();
        // the same statement again: nothing new
        JsonObject again = ok(api.send("POST", path, token(DemoUser.BOARD), "text/csv", statement, Map.of()), 200);
        assertThat(List.of(again.getInt("recorded"), again.getInt("alreadyImported"))).containsExactly(0, 2);
        assertThat(count("SELECT COUNT(*) FROM dues_payment WHERE coop_id = " + coop)).isEqualTo(2);
        // a line that cannot be read: nothing of the statement is recorded, and the line is named
        JsonObject refused = assertProblem(api.send("POST", path, token(DemoUser.BOARD), "text/csv",
                "거래일자,입금액,적요\n" + day + ",7000,최도윤\n어제,7000,최도윤\n", Map.of()), 422, "statement-unreadable");
        assertThat(refused.getString("detail")).contains("line 3", "어제");
        assertProblem(api.send("POST", path + "?payer=보낸분", token(DemoUser.BOARD), "text/csv", statement, Map.of()), 400, "validation");
        assertThat(count("SELECT COUNT(*) FROM dues_payment WHERE coop_id = " + coop)).isEqualTo(2);

        // the arrears list for a spreadsheet: the three who have not paid, and the total
        HttpResponse<String> csv = api.get("/api/coops/" + coop + "/dues/arrears.csv", token(DemoUser.BOARD));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).startsWith("\uFEFF조합원번호,성명,미납액(원)");
        assertThat(rows).hasSize(5);
        assertThat(rows[4]).startsWith("합계,,30000");
    }

    /** Two instances of the API on one database, each asked to bill the same month ten times at once: one charge per member. */
    @Test
    void billingRunsOnTwoInstancesAtOnceChargeEachMemberOnce() throws Exception {
        long coop = cooperative();
        TestStack.database().runAsRoot("INSERT INTO membership (coop_id, member_number, status, name, email, shares, founder, applied_on, joined_on) "
                + "SELECT " + coop + ", 100 + seq, 'ACTIVE', CONCAT('회원 ', seq), CONCAT('dues', seq, '@coop" + coop + ".example'), 1, FALSE, "
                + "CURRENT_DATE, CURRENT_DATE FROM seq_1_to_300");
        int port = Ports.free();
        try (PayaraMicroServer second = PayaraMicroServer.start(Path.of(System.getProperty("coop.payara.jar")),
                List.of(Path.of("target/cooperative-api.war").toAbsolutePath()), port,
                AppEnvironment.local(TestStack.database().jdbcUrl(), TestStack.issuer(), port), List.of(),
                Path.of("target", "dues-second-payara.log").toAbsolutePath())) {
            assertThat(second.awaitReady(Duration.ofMinutes(3))).as("the second instance is ready").isTrue();
            ApiClient other = new ApiClient(second.baseUrl());
            String token = token(DemoUser.BOARD);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            int created = 0;
            try {
                List<Future<HttpResponse<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    ApiClient instance = i % 2 == 0 ? api : other;
                    runs.add(pool.submit(() -> post(instance, "/coops/" + coop + "/dues/billing-runs", token, bill(THIS_MONTH))));
                }
                for (Future<HttpResponse<String>> run : runs) {
                    created += ok(run.get(), 200).getInt("created");
                }
            } finally {
                pool.shutdown();
            }
            assertThat(created).isEqualTo(305);
            assertThat(count("SELECT COUNT(*) FROM dues_charge WHERE coop_id = " + coop)).isEqualTo(305);
            assertThat(count("SELECT COUNT(DISTINCT membership_id) FROM dues_charge WHERE coop_id = " + coop)).isEqualTo(305);
        }
    }
}
