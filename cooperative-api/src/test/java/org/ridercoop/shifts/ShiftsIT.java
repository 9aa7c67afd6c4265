package org.ridercoop.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;

/** Shifts, the pool, swaps, sign-up windows, calendar feeds and work records, through the packaged API. */
public class ShiftsIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(700);
    /** A Monday at least a week ahead, so that every shift of the tests lies in the future. */
    private static final LocalDate MONDAY = KoreanCalendar.today().plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    private long coop;
    private long zone;

    /** A cooperative (박서연 chairs: the board user; 김민준 is the rider user) with a zone. */
    private void cooperative() {
        HttpResponse<String> created = api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json",
                Fixtures.cooperative("612-82-" + String.format("%05d", REGISTRATIONS.incrementAndGet()), "board@ridercoop.example",
                        "rider@ridercoop.example", 2), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        coop = ApiClient.json(created).getJsonNumber("id").longValue();
        zone = ok(post("/zones", DemoUser.BOARD, "{\"name\":\"북구\"}"), 201).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(String path, DemoUser user, String json) {
        return api.send("POST", "/api/coops/" + coop + path, token(user), "application/json", json, Map.of());
    }

    private HttpResponse<String> put(String path, DemoUser user, String json) {
        return api.send("PUT", "/api/coops/" + coop + path, token(user), "application/json", json, Map.of());
    }

    private HttpResponse<String> get(String path, DemoUser user) {
        return api.get("/api/coops/" + coop + path, token(user));
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

    /** A time in Korea on a day of the test week. */
    private static Instant at(int day, int hour, int minute) {
        return MONDAY.plusDays(day).atTime(hour, minute).atZone(KoreanCalendar.ZONE).toInstant();
    }

    private long shift(Instant start, Instant end, int riders) {
        return ok(post("/shifts", DemoUser.BOARD, "{\"zoneId\":" + zone + ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end
                + "\",\"ridersWanted\":" + riders + "}"), 201).getJsonNumber("id").longValue();
    }

    private long member(int index) {
        return array(api.get("/api/coops/" + coop + "/members", token(DemoUser.BOARD))).getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static long count(String sql) throws Exception {
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet row = app.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void badRequest(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "validation");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getString("field")).contains(field));
    }

    @Test
    void theBoardPublishesShiftsWithinTheRulesAndBadInputStoresNothing() throws Exception {
        cooperative();
        assertProblem(post("/zones", DemoUser.RIDER, "{\"name\":\"동구\"}"), 403, "forbidden");
        assertProblem(post("/zones", DemoUser.BOARD, "{\"name\":\"북구\"}"), 409, "zone-exists");
        JsonObject rules = ok(get("/shift-rules", DemoUser.RIDER), 200);
        assertThat(List.of(rules.getInt("maxMinutesPerDay"), rules.getInt("maxMinutesPerWeek"), rules.getInt("minRestMinutes"),
                rules.getInt("latestEndMinute"))).containsExactly(600, 3120, 60, 1440);
        badRequest(put("/shift-rules", DemoUser.BOARD, "{\"maxMinutesPerDay\":30,\"maxMinutesPerWeek\":3000,\"minRestMinutes\":60,\"latestEndMinute\":1440}"),
                "maxMinutesPerDay");
        badRequest(put("/shift-rules", DemoUser.BOARD, "{\"maxMinutesPerDay\":600,\"maxMinutesPerWeek\":300,\"minRestMinutes\":60,\"latestEndMinute\":1440}"),
                "maxMinutesPerWeek");
        assertProblem(put("/shift-rules", DemoUser.RIDER, "{\"maxMinutesPerDay\":600,\"maxMinutesPerWeek\":3000,\"minRestMinutes\":60,\"latestEndMinute\":1440}"),
                403, "forbidden");
        assertThat(ok(get("/shift-rules", DemoUser.BOARD), 200).getInt("maxMinutesPerDay")).isEqualTo(600);

        // nothing after midnight: a shift until 00:30 names the rule
        JsonObject late = assertProblem(post("/shifts", DemoUser.BOARD, "{\"zoneId\":" + zone + ",\"startsAt\":\"" + at(0, 20, 0) + "\",\"endsAt\":\""
                + at(1, 0, 30) + "\",\"ridersWanted\":2}"), 422, "rule-latest-end");
        assertThat(late.getString("detail")).contains("midnight");
        badRequest(post("/shifts", DemoUser.BOARD, "{\"zoneId\":" + zone + ",\"startsAt\":\"" + at(0, 20, 0) + "\",\"endsAt\":\"" + at(0, 19, 0)
                + "\",\"ridersWanted\":2}"), "endsAt");
        badRequest(post("/shifts", DemoUser.BOARD, "{\"zoneId\":" + zone + ",\"startsAt\":\"" + at(0, 10, 0) + "\",\"endsAt\":\"" + at(0, 12, 0)
                + "\",\"ridersWanted\":0}"), "ridersWanted");
        badRequest(post("/shifts", DemoUser.BOARD, "{\"zoneId\":999999,\"startsAt\":\"" + at(0, 10, 0) + "\",\"endsAt\":\"" + at(0, 12, 0)
                + "\",\"ridersWanted\":1}"), "zoneId");
        assertThat(count("SELECT COUNT(*) FROM shift WHERE coop_id = " + coop)).isZero();

        // the weekly template publishes a week once
        ok(put("/shift-template", DemoUser.BOARD, "{\"slots\":[{\"zoneId\":" + zone + ",\"dayOfWeek\":\"MONDAY\",\"start\":\"11:00\",\"end\":\"15:00\","
                + "\"ridersWanted\":3},{\"zoneId\":" + zone + ",\"dayOfWeek\":\"FRIDAY\",\"start\":\"18:00\",\"end\":\"24:00\",\"ridersWanted\":4}]}"), 200);
        JsonObject week = ok(post("/shifts/from-template", DemoUser.BOARD, "{\"weekOf\":\"" + MONDAY + "\"}"), 201);
        assertThat(week.getInt("created")).isEqualTo(2);
        assertProblem(post("/shifts/from-template", DemoUser.BOARD, "{\"weekOf\":\"" + MONDAY + "\"}"), 409, "week-published");
        List<JsonObject> shifts = array(get("/shifts?from=" + MONDAY + "&to=" + MONDAY.plusDays(6), DemoUser.RIDER)).getValuesAs(JsonObject.class);
        assertThat(shifts).hasSize(2);
        assertThat(shifts.get(1).getString("endsAt")).isEqualTo(at(5, 0, 0).toString());
        assertThat(shifts.get(1).getInt("open")).isEqualTo(4);
        assertThat(shifts.get(1).getInt("uncovered")).isEqualTo(4);
        assertThat(shifts.get(1).getJsonArray("places")).hasSize(4);
        badRequest(get("/shifts?from=" + MONDAY + "&to=" + MONDAY.plusDays(70), DemoUser.RIDER), "to");
    }

    @Test
    void aRiderClaimsWithinTheRulesOffersToThePoolAndAnotherRiderTakesIt() throws Exception {
        cooperative();
        ok(put("/shift-rules", DemoUser.BOARD, "{\"maxMinutesPerDay\":480,\"maxMinutesPerWeek\":960,\"minRestMinutes\":60,\"latestEndMinute\":1440}"), 200);
        long lunch = shift(at(0, 11, 0), at(0, 15, 0), 1);
        long overlapping = shift(at(0, 14, 0), at(0, 16, 0), 2);
        long tooSoon = shift(at(0, 15, 30), at(0, 17, 0), 2);
        long evening = shift(at(0, 16, 0), at(0, 20, 0), 2);
        long late = shift(at(0, 21, 0), at(0, 22, 0), 2);
        JsonObject claimed = ok(post("/shifts/" + lunch + "/claims", DemoUser.RIDER, "{}"), 200);
        assertThat(claimed.getInt("open")).isZero();
        assertThat(claimed.getJsonArray("places").getJsonObject(0).getBoolean("mine")).isTrue();
        assertProblem(post("/shifts/" + lunch + "/claims", DemoUser.RIDER, "{}"), 409, "already-on-shift");
        assertProblem(post("/shifts/" + lunch + "/claims", DemoUser.BOARD, "{}"), 409, "shift-full");
        assertProblem(post("/shifts/" + overlapping + "/claims", DemoUser.RIDER, "{}"), 422, "rule-overlap");
        assertThat(assertProblem(post("/shifts/" + tooSoon + "/claims", DemoUser.RIDER, "{}"), 422, "rule-min-rest").getString("detail"))
                .contains("60 minutes", "would have 30");
        ok(post("/shifts/" + evening + "/claims", DemoUser.RIDER, "{}"), 200);
        assertThat(assertProblem(post("/shifts/" + late + "/claims", DemoUser.RIDER, "{}"), 422, "rule-max-day").getString("detail"))
                .contains("8 h", "9 h");
        long rider = member(1);
        JsonObject hours = ok(get("/members/" + rider + "/shifts/hours?weekOf=" + MONDAY, DemoUser.RIDER), 200);
        assertThat(hours.getInt("minutes")).isEqualTo(480);
        assertThat(hours.getInt("maxMinutesPerWeek")).isEqualTo(960);
        assertThat(hours.getJsonArray("days").getJsonObject(0).getInt("minutes")).isEqualTo(480);
        // another member's hours are the board's to see, not a member's
        assertProblem(get("/members/" + member(2) + "/shifts/hours", DemoUser.RIDER), 404, "not-found");

        // the rider cannot make it: urgent cover; the board sees it uncovered; 최도윤 (through the board) takes it from the pool
        JsonObject offered = ok(post("/shifts/" + lunch + "/offer", DemoUser.RIDER, "{\"urgent\":true,\"reason\":\"오토바이 고장\"}"), 200);
        assertThat(offered.getInt("offered")).isEqualTo(1);
        assertThat(offered.getInt("uncovered")).isEqualTo(1);
        assertProblem(post("/shifts/" + lunch + "/offer", DemoUser.BOARD, "{}"), 409, "not-on-shift");
        List<JsonObject> pool = array(get("/shift-pool", DemoUser.BOARD)).getValuesAs(JsonObject.class);
        assertThat(pool).singleElement().satisfies(p -> {
            assertThat(p.getJsonNumber("shiftId").longValue()).isEqualTo(lunch);
            assertThat(p.getBoolean("urgent")).isTrue();
            assertThat(p.getString("reason")).isEqualTo("오토바이 고장");
        });
        long doyun = member(2);
        ok(post("/shifts/" + lunch + "/claims", DemoUser.BOARD, "{\"membershipId\":" + doyun + "}"), 200);
        JsonObject after = ok(get("/shifts/" + lunch, DemoUser.RIDER), 200);
        JsonObject place = after.getJsonArray("places").getJsonObject(0);
        assertThat(place.getJsonNumber("membershipId").longValue()).isEqualTo(doyun);
        assertThat(place.getBoolean("offered")).isFalse();
        assertThat(array(get("/shift-pool", DemoUser.RIDER))).isEmpty();
        // the rider is told; a member cannot claim for another
        List<JsonObject> told = array(get("/notifications", DemoUser.RIDER)).getValuesAs(JsonObject.class);
        assertThat(told).first().satisfies(n -> {
            assertThat(n.getString("kind")).isEqualTo("CLAIMED");
            assertThat(n.getString("textKo")).contains("최도윤");
        });
        assertProblem(post("/shifts/" + evening + "/claims", DemoUser.RIDER, "{\"membershipId\":" + doyun + "}"), 403, "forbidden");
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE coop_id = " + coop + " AND action LIKE 'shift.%'")).isGreaterThanOrEqualTo(8);
        // the board cancels; the holder is told
        ok(post("/shifts/" + evening + "/cancel", DemoUser.BOARD, "{\"reason\":\"폭우\"}"), 200);
        assertThat(array(get("/notifications", DemoUser.RIDER)).getJsonObject(0).getString("kind")).isEqualTo("CANCELLED");
        assertProblem(post("/shifts/" + evening + "/claims", DemoUser.BOARD, "{}"), 409, "shift-cancelled");
    }

    @Test
    void twoRidersSwapOnlyWhenTheOtherAcceptsAndTheRulesHoldForBoth() {
        cooperative();
        long mine = shift(at(1, 10, 0), at(1, 14, 0), 1);
        long theirs = shift(at(2, 10, 0), at(2, 14, 0), 1);
        long other = shift(at(3, 10, 0), at(3, 14, 0), 1);
        ok(post("/shifts/" + mine + "/claims", DemoUser.RIDER, "{}"), 200);
        ok(post("/shifts/" + theirs + "/claims", DemoUser.BOARD, "{}"), 200);
        long rider = member(1);
        long chair = member(0);
        assertThat(array(get("/shifts?from=" + MONDAY + "&to=" + MONDAY.plusDays(6) + "&mine=true", DemoUser.RIDER))).hasSize(1);
        JsonObject swap = ok(post("/swaps", DemoUser.RIDER, "{\"myShiftId\":" + mine + ",\"theirShiftId\":" + theirs + ",\"withMembershipId\":" + chair + "}"), 201);
        assertThat(swap.getString("state")).isEqualTo("PROPOSED");
        long swapId = swap.getJsonNumber("id").longValue();
        badRequest(post("/swaps", DemoUser.RIDER, "{\"myShiftId\":" + other + ",\"theirShiftId\":" + theirs + ",\"withMembershipId\":" + chair + "}"),
                "myShiftId");
        // only the rider asked decides; nothing moved yet
        assertProblem(post("/swaps/" + swapId + "/accept", DemoUser.RIDER, "{}"), 403, "forbidden");
        assertThat(array(get("/swaps", DemoUser.BOARD)).getValuesAs(JsonObject.class)).anyMatch(s -> s.getJsonNumber("id").longValue() == swapId);
        JsonObject accepted = ok(post("/swaps/" + swapId + "/accept", DemoUser.BOARD, "{}"), 200);
        assertThat(accepted.getString("state")).isEqualTo("ACCEPTED");
        assertThat(ok(get("/shifts/" + mine, DemoUser.RIDER), 200).getJsonArray("places").getJsonObject(0).getJsonNumber("membershipId").longValue())
                .isEqualTo(chair);
        assertThat(ok(get("/shifts/" + theirs, DemoUser.RIDER), 200).getJsonArray("places").getJsonObject(0).getJsonNumber("membershipId").longValue())
                .isEqualTo(rider);
        assertProblem(post("/swaps/" + swapId + "/decline", DemoUser.BOARD, "{}"), 409, "swap-decided");
        assertThat(array(get("/notifications", DemoUser.RIDER)).getJsonObject(0).getString("kind")).isEqualTo("SWAP_ACCEPTED");
    }

    /** 1,000 concurrent claims by 100 riders on 100 pooled places: each place filled once, nobody over the day's limit, no 5xx. */
    @Test
    void aThousandConcurrentClaimsFillEachPooledPlaceOnceAndKeepEveryRiderWithinTheRules() throws Exception {
        cooperative();
        ok(put("/shift-rules", DemoUser.BOARD, "{\"maxMinutesPerDay\":180,\"maxMinutesPerWeek\":3120,\"minRestMinutes\":0,\"latestEndMinute\":1440}"), 200);
        TestStack.database().runAsRoot("INSERT INTO membership (coop_id, member_number, status, name, email, shares, founder, applied_on, joined_on) "
                + "SELECT " + coop + ", 100 + seq, 'ACTIVE', CONCAT('rider ', seq), CONCAT('pool', seq, '@coop" + coop + ".example'), 1, FALSE, "
                + "CURRENT_DATE, CURRENT_DATE FROM seq_1_to_200");
        List<Long> riders = new ArrayList<>();
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet rows = app.createStatement().executeQuery("SELECT id FROM membership WHERE coop_id = " + coop + " AND member_number > 100 ORDER BY member_number")) {
            while (rows.next()) {
                riders.add(rows.getLong(1));
            }
        }
        // 100 one-hour shifts: 10 a day on 10 days (08:00 to 18:00), each held by one of the first 100 riders and offered to the pool
        List<Long> shifts = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            for (int hour = 0; hour < 10; hour++) {
                long id = shift(at(day, 8 + hour, 0), at(day, 9 + hour, 0), 1);
                ok(post("/shifts/" + id + "/claims", DemoUser.BOARD, "{\"membershipId\":" + riders.get(shifts.size()) + "}"), 200);
                shifts.add(id);
            }
        }
        TestStack.database().runAsRoot("UPDATE shift_place SET offered_at = NOW(6) WHERE coop_id = " + coop);
        // the other 100 riders: 10 claims each, on the 10 shifts of one day (so that the limit of 3 hours a day bites)
        List<long[]> claims = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            int day = r % 10;
            for (int hour = 0; hour < 10; hour++) {
                claims.add(new long[] {shifts.get(day * 10 + hour), riders.get(100 + r)});
            }
        }
        java.util.Collections.shuffle(claims, new java.util.Random(11));
        String board = token(DemoUser.BOARD);
        ExecutorService pool = Executors.newFixedThreadPool(48);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (long[] claim : claims) {
            calls.add(pool.submit(() -> api.send("POST", "/api/coops/" + coop + "/shifts/" + claim[0] + "/claims", board, "application/json",
                    "{\"membershipId\":" + claim[1] + "}", Map.of())));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            String outcome = response.statusCode() == 200 ? "200" : response.statusCode() + " " + ApiClient.json(response).getString("type");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(outcomes.keySet()).allMatch(o -> o.equals("200") || o.equals("409 urn:ridercoop:problem:shift-full")
                || o.equals("422 urn:ridercoop:problem:rule-max-day"));
        assertThat(outcomes.get("200")).as("%s", outcomes).isEqualTo(100);
        // each place once, by a claimer; nobody holds more than 3 hours a day
        assertThat(count("SELECT COUNT(*) FROM shift_place WHERE coop_id = " + coop + " AND offered_at IS NULL AND how = 'POOL'")).isEqualTo(100);
        assertThat(count("SELECT COUNT(DISTINCT shift_id) FROM shift_place WHERE coop_id = " + coop + " AND membership_id IN "
                + "(SELECT id FROM membership WHERE coop_id = " + coop + " AND member_number > 200)")).isEqualTo(100);
        assertThat(count("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM shift_place p JOIN shift s ON s.id = p.shift_id "
                + "WHERE p.coop_id = " + coop + " GROUP BY p.membership_id, DATE(CONVERT_TZ(s.starts_at, '+00:00', '+09:00'))) t")).isLessThanOrEqualTo(3);
    }

    @Test
    void aPlatformExportWithBadLinesImportsNothingAndNamesEveryBadLine() throws Exception {
        cooperative();
        String header = "라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n";
        String day = KoreanCalendar.today().minusDays(2).toString();
        String bad = header
                + "1," + day + " 10:00," + day + " 14:00,12,42.5,\"58,000\"\n"
                + "99," + day + " 10:00," + day + " 14:00,12,42.5,58000\n"
                + "2," + day + " 10:00," + day + " 14:00,열둘,42.5,58000\n"
                + "3," + day + " 15:00," + day + " 14:00,5,10,20000\n"
                + "4," + day + " 10:00," + day + " 14:00,9,31,41000\n";
        HttpResponse<String> rejected = api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv", bad, Map.of());
        JsonObject problem = assertProblem(rejected, 422, "work-import-rejected");
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getString("field")).containsExactly("line 3", "line 4", "line 5");
        assertThat(errors.get(0).getString("message")).contains("no current member has number 99");
        assertThat(errors.get(1).getString("message")).contains("배달건수", "not a whole number");
        assertThat(errors.get(2).getString("message")).contains("ends before it starts");
        assertThat(count("SELECT COUNT(*) FROM work_record WHERE coop_id = " + coop)).isZero();
        assertProblem(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.RIDER), "text/csv", bad, Map.of()), 403, "forbidden");

        // the cooperative's own column names; the good file imports once
        ok(put("/work-records/import-mapping", DemoUser.BOARD, "{\"memberNumber\":\"No\",\"startedAt\":\"From\",\"endedAt\":\"To\","
                + "\"deliveries\":\"Orders\",\"distanceKm\":\"Km\",\"incomeWon\":\"Pay\"}"), 200);
        String good = "\uFEFFNo,From,To,Orders,Km,Pay\n1," + day + " 10:00," + day + " 14:00,12,42.5,\"58,000\"\n2," + day + " 11:00," + day
                + " 13:30,6,18,27000\n";
        JsonObject imported = ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv", good, Map.of()), 200);
        assertThat(List.of(imported.getInt("imported"), imported.getInt("minutes"), imported.getInt("deliveries"), imported.getInt("incomeWon")))
                .containsExactly(2, 390, 18, 85_000);
        JsonObject again = ok(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv", good, Map.of()), 200);
        assertThat(List.of(again.getInt("imported"), again.getInt("alreadyImported"))).containsExactly(0, 2);
        badRequest(api.send("POST", "/api/coops/" + coop + "/work-records/imports", token(DemoUser.BOARD), "text/csv", header + "1,2,3,4,5,6\n", Map.of()),
                "file");
        List<JsonObject> records = array(get("/work-records", DemoUser.BOARD)).getValuesAs(JsonObject.class);
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("CONFIRMED"));
        assertThat(records).anySatisfy(r -> assertThat(r.getJsonNumber("distanceKm").bigDecimalValue()).isEqualByComparingTo("42.5"));
        // a member sees their own only (김민준 is number 2)
        assertThat(array(get("/work-records", DemoUser.RIDER)).getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getInt("incomeWon")).isEqualTo(27_000));
    }

    @Test
    void aRidersOwnRecordWaitsForTheBoardAndTheCalendarFeedIsASecretThatCanBeRevoked() throws Exception {
        cooperative();
        long worked = shift(at(0, 10, 0), at(0, 12, 0), 1);
        ok(post("/shifts/" + worked + "/claims", DemoUser.RIDER, "{}"), 200);
        Instant start = Instant.now().minusSeconds(3 * 3600);
        String record = "{\"startedAt\":\"" + start + "\",\"endedAt\":\"" + start.plusSeconds(7200) + "\",\"deliveries\":%s,\"distanceKm\":%s,\"incomeWon\":%s}";
        badRequest(post("/work-records", DemoUser.RIDER, record.formatted("-1", "10", "20000")), "deliveries");
        badRequest(post("/work-records", DemoUser.RIDER, record.formatted("5", "10.1234", "20000")), "distanceKm");
        assertThat(post("/work-records", DemoUser.RIDER, record.formatted("5", "10", "20000.5")).statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM work_record WHERE coop_id = " + coop)).isZero();
        JsonObject submitted = ok(post("/work-records", DemoUser.RIDER, record.formatted("8", "25.5", "36000")), 201);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("source")).isEqualTo("RIDER");
        long id = submitted.getJsonNumber("id").longValue();
        assertProblem(post("/work-records/" + id + "/confirm", DemoUser.RIDER, "{}"), 403, "forbidden");
        assertThat(array(get("/work-records?status=SUBMITTED", DemoUser.BOARD))).hasSize(1);
        assertThat(ok(post("/work-records/" + id + "/confirm", DemoUser.BOARD, "{}"), 200).getString("status")).isEqualTo("CONFIRMED");
        assertProblem(post("/work-records/" + id + "/reject", DemoUser.BOARD, "{\"reason\":\"중복\"}"), 409, "work-record-decided");

        long rider = member(1);
        String url = ok(post("/members/" + rider + "/shifts/calendar-feed", DemoUser.RIDER, "{}"), 201).getString("url");
        String secretPath = "/api/calendar/" + url.substring(url.lastIndexOf('/') + 1);
        HttpResponse<String> feed = api.get(secretPath, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:shift-" + worked + "@", "DTSTART:", "북구").endsWith("END:VCALENDAR\r\n");
        assertProblem(post("/members/" + member(2) + "/shifts/calendar-feed", DemoUser.RIDER, "{}"), 404, "not-found");
        assertProblem(post("/members/" + rider + "/shifts/calendar-feed", DemoUser.BOARD, "{}"), 403, "forbidden");
        ok(post("/members/" + rider + "/shifts/calendar-feed", DemoUser.RIDER, "{}"), 201);
        assertThat(api.get(secretPath, null).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/coops/" + coop + "/members/" + rider + "/shifts/calendar-feed", token(DemoUser.RIDER), null, null, Map.of())
                .statusCode()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM calendar_feed WHERE membership_id = " + rider)).isZero();
    }

    @Test
    void aSignupWindowCollectsRequestsThenAllocatesFairlyAndSaysWhy() throws Exception {
        cooperative();
        long popular = shift(at(4, 18, 0), at(4, 22, 0), 1);
        long quiet = shift(at(5, 11, 0), at(5, 14, 0), 2);
        JsonObject window = ok(post("/signup-windows", DemoUser.BOARD, "{\"weekOf\":\"" + MONDAY + "\",\"closesAt\":\""
                + Instant.now().plusSeconds(3600) + "\"}"), 201);
        long windowId = window.getJsonNumber("id").longValue();
        assertThat(window.getString("rule")).contains("fewest first");
        assertProblem(post("/shifts/" + popular + "/claims", DemoUser.RIDER, "{}"), 409, "signup-window-open");
        // both want the popular shift first
        ok(put("/signup-windows/" + windowId + "/requests", DemoUser.RIDER, "{\"shiftIds\":[" + popular + "," + quiet + "]}"), 200);
        ok(put("/signup-windows/" + windowId + "/requests", DemoUser.BOARD, "{\"shiftIds\":[" + popular + "]}"), 200);
        badRequest(put("/signup-windows/" + windowId + "/requests", DemoUser.RIDER, "{\"shiftIds\":[" + popular + "," + popular + "]}"), "shiftIds");
        assertProblem(post("/signup-windows/" + windowId + "/allocate", DemoUser.RIDER, "{}"), 403, "forbidden");
        JsonObject allocated = ok(post("/signup-windows/" + windowId + "/allocate", DemoUser.BOARD, "{}"), 200);
        assertThat(allocated.getString("state")).isEqualTo("ALLOCATED");
        assertThat(allocated.getString("seed")).hasSize(64);
        // one of the two got the popular shift; the rider got the quiet one either way, and each request says why
        List<JsonObject> mine = ok(get("/signup-windows/" + windowId, DemoUser.RIDER), 200).getJsonArray("myRequests").getValuesAs(JsonObject.class);
        assertThat(mine).hasSize(2).allSatisfy(r -> assertThat(r.getString("whyEn")).contains("round"));
        assertThat(mine.get(1).getString("outcome")).isEqualTo("GRANTED");
        JsonObject popularNow = ok(get("/shifts/" + popular, DemoUser.BOARD), 200);
        assertThat(popularNow.getInt("filled")).isEqualTo(1);
        String winner = popularNow.getJsonArray("places").getJsonObject(0).getString("name");
        assertThat(mine.get(0).getString("outcome")).isEqualTo(winner.equals("박서연") ? "FULL" : "GRANTED");
        assertProblem(post("/signup-windows/" + windowId + "/allocate", DemoUser.BOARD, "{}"), 409, "window-allocated");
        assertThat(array(get("/notifications", DemoUser.RIDER)).getJsonObject(0).getString("kind")).isEqualTo("ALLOCATED");
        // after the allocation, what is left is first come, first served
        assertProblem(post("/shifts/" + popular + "/claims", DemoUser.RIDER, "{}"),
                winner.equals("박서연") ? 409 : 409, winner.equals("박서연") ? "shift-full" : "already-on-shift");
        ok(post("/shifts/" + quiet + "/claims", DemoUser.BOARD, "{}"), 200);
    }
}
