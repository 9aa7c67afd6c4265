package org.ridercoop.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.EndpointCatalog;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.KeycloakAdmin;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;
import org.ridercoop.platform.time.KoreanCalendar;

/** Cooperatives, their founders and officers, tenancy and the audit trail, through the packaged API. */
class MembershipIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(100);

    static String cooperative(String registrationNumber, String chairEmail, String memberEmail, int chairShares) {
        return Fixtures.cooperative(registrationNumber, chairEmail, memberEmail, chairShares);
    }

    private long register(String body) {
        HttpResponse<String> created = api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json", body, Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/coops/" + id);
        return id;
    }

    private static String nextNumber() {
        return "504-81-" + String.format("%05d", REGISTRATIONS.incrementAndGet());
    }

    @Test
    void anOperatorRegistersACooperativeWithItsFoundersAndOfficers() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));

        JsonObject coop = ApiClient.json(api.get("/api/coops/" + id, token(DemoUser.ADMIN)));
        assertThat(coop.getString("nameKo")).isEqualTo("대구라이더협동조합");
        assertThat(coop.getJsonNumber("sharePriceWon").longValue()).isEqualTo(50_000);

        JsonArray members = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD)));
        assertThat(members).hasSize(5);
        assertThat(members.getJsonObject(0).getInt("memberNumber")).isEqualTo(1);
        assertThat(members.getJsonObject(4).getInt("memberNumber")).isEqualTo(5);
        assertThat(members.getJsonObject(1).getString("name")).isEqualTo("김민준").matches(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
        assertThat(members.getJsonObject(3).getString("name")).isEqualTo("정하린 🛵");
        assertThat(members.getJsonObject(0).getString("status")).isEqualTo("ACTIVE");

        JsonArray board = jsonArray(api.get("/api/coops/" + id + "/board", token(DemoUser.RIDER)));
        assertThat(board).hasSize(4);
        assertThat(board.getValuesAs(JsonObject.class)).anySatisfy(o -> {
            assertThat(o.getString("position")).isEqualTo("CHAIR");
            assertThat(o.getString("name")).isEqualTo("박서연");
        });

        JsonObject me = ApiClient.json(api.get("/api/me", token(DemoUser.RIDER)));
        assertThat(me.getJsonArray("cooperatives").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getJsonNumber("id").longValue()).isEqualTo(id));
    }

    @Test
    void badRegistrationsAre400AndStoreNothing() {
        String valid = cooperative(nextNumber(), "a1@ridercoop.example", "a2@ridercoop.example", 2);
        int before = jsonArray(api.get("/api/coops", token(DemoUser.ADMIN))).size();
        String admin = token(DemoUser.ADMIN);

        String fourFounders = valid.replaceFirst(",\\s*\\{\"name\":\"한지우\"[^}]*}", "");
        JsonObject problem = assertProblem(api.send("POST", "/api/coops", admin, "application/json", fourFounders, Map.of()),
                400, "validation");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo("founders"));

        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                valid.replace("\"sharePriceWon\":50000", "\"sharePriceWon\":50000.5"), Map.of()), 400, "malformed-json");
        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                valid.replace("\"shares\":1,", "\"shares\":1.5,"), Map.of()), 400, "malformed-json");
        JsonObject negative = assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                valid.replace("\"sharePriceWon\":50000", "\"sharePriceWon\":-1"), Map.of()), 400, "validation");
        assertThat(negative.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sharePriceWon");
        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                valid.replace("\"sharePriceWon\":50000", "\"sharePriceWon\":99999999999999999999999"), Map.of()), 400, "malformed-json");
        JsonObject zeroShares = assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                valid.replace("\"shares\":1,", "\"shares\":0,"), Map.of()), 400, "validation");
        assertThat(zeroShares.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("founders[4].shares");

        assertThat(jsonArray(api.get("/api/coops", token(DemoUser.ADMIN)))).hasSize(before);
    }

    @Test
    void theThirtyPercentCapAndOtherRulesAre422() {
        String admin = token(DemoUser.ADMIN);
        int before = jsonArray(api.get("/api/coops", admin)).size();
        // 4 of 11 shares: over 30%
        JsonObject cap = assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                cooperative(nextNumber(), "b1@ridercoop.example", "b2@ridercoop.example", 4), Map.of()), 422, "share-cap");
        assertThat(cap.getString("detail")).contains("박서연").contains("30%");
        // 3 of 10 shares: exactly 30% is allowed
        register(cooperative(nextNumber(), "c1@ridercoop.example", "c2@ridercoop.example", 3));

        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                cooperative(nextNumber(), "d1@ridercoop.example", "d1@ridercoop.example", 2), Map.of()), 422, "duplicate-founder");
        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                cooperative(nextNumber(), "e1@ridercoop.example", "e2@ridercoop.example", 2).replaceFirst("\"DIRECTOR\"", "\"CHAIR\""),
                Map.of()), 422, "one-chair");

        String number = nextNumber();
        register(cooperative(number, "f1@ridercoop.example", "f2@ridercoop.example", 2));
        assertProblem(api.send("POST", "/api/coops", admin, "application/json",
                cooperative(number, "g1@ridercoop.example", "g2@ridercoop.example", 2), Map.of()), 409, "duplicate-registration");

        assertThat(jsonArray(api.get("/api/coops", admin))).hasSize(before + 2);
    }

    @Test
    void anotherCooperativesDataAnswers404AndOwnRolesAreChecked() {
        long mine = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long theirs = register(cooperative(nextNumber(), "h1@ridercoop.example", "h2@ridercoop.example", 2));

        for (String path : new String[] {"", "/members", "/board"}) {
            assertProblem(api.get("/api/coops/" + theirs + path, token(DemoUser.BOARD)), 404, "not-found");
            assertProblem(api.get("/api/coops/" + mine + path, token(DemoUser.RIDER2)), 404, "not-found");
            assertProblem(api.get("/api/coops/" + mine + path, token(DemoUser.CONSULTANT)), 404, "not-found");
            assertProblem(api.get("/api/coops/999999" + path, token(DemoUser.ADMIN)), 404, "not-found");
            assertProblem(api.get("/api/coops/not-a-number" + path, token(DemoUser.BOARD)), 404, "not-found");
        }
        String leak = api.get("/api/coops/" + theirs, token(DemoUser.BOARD)).body();
        assertThat(leak).doesNotContain("Daegu", "대구", "h1@");

        // a plain member of the cooperative may not read the register
        assertProblem(api.get("/api/coops/" + mine + "/members", token(DemoUser.RIDER)), 403, "forbidden");
        assertThat(api.get("/api/coops/" + mine, token(DemoUser.RIDER)).statusCode()).isEqualTo(200);

        assertThat(jsonArray(api.get("/api/coops", token(DemoUser.BOARD))).getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getJsonNumber("id").longValue() == theirs);
        assertThat(jsonArray(api.get("/api/coops", token(DemoUser.RIDER2)))).isEmpty();
    }

    @Test
    void theBoardGrantsAConsultantReadAccessAndRevokesIt() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        String board = token(DemoUser.BOARD);
        String consultant = token(DemoUser.CONSULTANT);
        assertProblem(api.get("/api/coops/" + id, consultant), 404, "not-found");

        assertProblem(api.send("POST", "/api/coops/" + id + "/consultants", token(DemoUser.RIDER), "application/json",
                "{\"email\":\"consultant@ridercoop.example\",\"name\":\"Jihoon Choi\"}", Map.of()), 403, "forbidden");
        assertProblem(api.send("POST", "/api/coops/" + id + "/consultants", board, "application/json",
                "{\"email\":\"not-an-address\",\"name\":\"Jihoon Choi\"}", Map.of()), 400, "validation");
        HttpResponse<String> granted = api.send("POST", "/api/coops/" + id + "/consultants", board, "application/json",
                "{\"email\":\"Consultant@ridercoop.example\",\"name\":\"Jihoon Choi\"}", Map.of());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        long grantId = ApiClient.json(granted).getJsonNumber("id").longValue();
        assertProblem(api.send("POST", "/api/coops/" + id + "/consultants", board, "application/json",
                "{\"email\":\"consultant@ridercoop.example\",\"name\":\"Jihoon Choi\"}", Map.of()), 409, "grant-in-force");

        // read access: the cooperative, its board and its register; no managing of grants
        assertThat(api.get("/api/coops/" + id, consultant).statusCode()).isEqualTo(200);
        assertThat(jsonArray(api.get("/api/coops/" + id + "/members", consultant))).hasSize(5);
        assertProblem(api.get("/api/coops/" + id + "/consultants", consultant), 403, "forbidden");
        assertThat(jsonArray(api.get("/api/coops", consultant)).getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getJsonNumber("id").longValue()).isEqualTo(id));
        assertThat(ApiClient.json(api.get("/api/me", consultant)).getJsonArray("cooperatives").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("relation")).isEqualTo("consultant"));

        assertThat(api.send("DELETE", "/api/coops/" + id + "/consultants/" + grantId, board, null, null, Map.of()).statusCode())
                .isEqualTo(204);
        assertProblem(api.send("DELETE", "/api/coops/" + id + "/consultants/" + grantId, board, null, null, Map.of()),
                409, "grant-revoked");
        assertProblem(api.get("/api/coops/" + id, consultant), 404, "not-found");
        assertThat(jsonArray(api.get("/api/coops", consultant)).getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getJsonNumber("id").longValue() == id);

        JsonArray history = jsonArray(api.get("/api/coops/" + id + "/consultants", board));
        assertThat(history).hasSize(1);
        assertThat(history.getJsonObject(0).getBoolean("inForce")).isFalse();
        JsonObject chain = chainOf("coop:" + id);
        assertThat(chain.getBoolean("intact")).isTrue();
        // registered, 5 founders, 4 officers, granted, revoked
        assertThat(chain.getJsonNumber("records").longValue()).isEqualTo(12);
    }

    /**
     * The tenant-isolation matrix: every endpoint below /coops/{coopId}, found from the compiled resources, called
     * by the board of one cooperative with the id of another, answers 404 and says nothing of the other one.
     * A later feature's endpoints join the matrix by being there.
     */
    @Test
    void everyCooperativeEndpointHidesAnotherCooperative() throws SQLException {
        long mine = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long other = register(cooperative(nextNumber(), "k1@ridercoop.example", "k2@ridercoop.example", 2));
        // identifiers that exist in the other cooperative: a member, an office, a grant, an expulsion case, a meeting,
        // a motion, a delegate, a dues plan, a shift, a swap, a sign-up window, a work record, a payout run, a surplus proposal
        Map<String, Long> theirs = identifiersIn(other);
        var owned = EndpointCatalog.scan(Path.of("target/classes"), "org.ridercoop").stream()
                .filter(EndpointCatalog.Endpoint::cooperativeOwned).toList();
        assertThat(owned).isNotEmpty();
        assertThat(owned.stream().flatMap(e -> e.otherParameters().stream()).distinct())
                .as("every identifier in a cooperative's paths has an object of the other cooperative to try")
                .allMatch(theirs::containsKey);
        for (var endpoint : owned) {
            for (DemoUser user : new DemoUser[] {DemoUser.BOARD, DemoUser.RIDER, DemoUser.CONSULTANT, DemoUser.VISITOR}) {
                HttpResponse<String> response = call(endpoint.method(), endpoint.inCooperative(other, theirs), token(user), endpoint);
                if (endpoint.openToAnyone()) {
                    // open to every signed-in person (applying): the empty body is refused, nothing of the cooperative shown
                    assertProblem(response, 400, "validation");
                } else {
                    assertProblem(response, 404, "not-found");
                }
                assertThat(response.body()).as(endpoint.label()).doesNotContain("k1@", "k2@", "대구", "Daegu", "최도윤");
            }
            if (!endpoint.otherParameters().isEmpty()) {
                // the board's own cooperative, with the other cooperative's identifiers
                HttpResponse<String> response = call(endpoint.method(), endpoint.inCooperative(mine, theirs), token(DemoUser.BOARD),
                        endpoint);
                assertProblem(response, 404, "not-found");
                assertThat(response.body()).as(endpoint.label()).doesNotContain("k1@", "k2@", "최도윤");
            }
        }
        // nothing changed over there
        assertThat(ApiClient.json(api.get("/api/coops/" + other + "/members/" + theirs.get("memberId"), token(DemoUser.ADMIN)))
                .getJsonObject("member").getString("status")).isEqualTo("ACTIVE");
    }

    private HttpResponse<String> call(String method, String path, String token, EndpointCatalog.Endpoint endpoint) {
        return endpoint.hasBody() ? api.send(method, "/api" + path, token, endpoint.bodyType(), endpoint.emptyBody(), Map.of())
                : api.send(method, "/api" + path, token, null, null, Map.of());
    }

    /** One object of each kind in the cooperative, by the name of its path parameter. */
    private Map<String, Long> identifiersIn(long coopId) throws SQLException {
        String admin = token(DemoUser.ADMIN);
        JsonObject member = jsonArray(api.get("/api/coops/" + coopId + "/members", admin)).getJsonObject(1);
        long memberId = member.getJsonNumber("id").longValue();
        long positionId = jsonArray(api.get("/api/coops/" + coopId + "/board", admin)).getJsonObject(0).getJsonNumber("id").longValue();
        // that cooperative's board is nobody the tests can sign in as: its grant is written directly
        TestStack.database().runAsRoot("INSERT INTO consultant_grant (coop_id, consultant_email, consultant_name, granted_at, granted_by)"
                + " VALUES (" + coopId + ", 'someone@support.example', 'Someone', NOW(6), 'test')");
        long grantId;
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = app.createStatement();
             ResultSet row = statement.executeQuery("SELECT id FROM consultant_grant WHERE coop_id = " + coopId)) {
            row.next();
            grantId = row.getLong(1);
        }
        HttpResponse<String> expulsion = api.send("POST", "/api/coops/" + coopId + "/members/" + memberId + "/expulsion-cases", admin,
                "application/json", expulsionCase(KoreanCalendar.today(), KoreanCalendar.today().plusDays(20)), Map.of());
        assertThat(expulsion.statusCode()).as(expulsion.body()).isEqualTo(201);
        HttpResponse<String> meeting = api.send("POST", "/api/coops/" + coopId + "/meetings", admin, "application/json",
                org.ridercoop.voting.VotingIT.meeting("ORDINARY_GENERAL_ASSEMBLY", java.time.Instant.now().plus(java.time.Duration.ofDays(8)),
                        java.time.Instant.now(), java.time.Instant.now().plus(java.time.Duration.ofDays(8))), Map.of());
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        JsonObject called = ApiClient.json(meeting);
        HttpResponse<String> delegate = api.send("POST", "/api/coops/" + coopId + "/delegates", admin, "application/json",
                "{\"membershipId\":" + memberId + ",\"termStart\":\"" + KoreanCalendar.today() + "\",\"termEnd\":\""
                        + KoreanCalendar.today().plusYears(2) + "\"}", Map.of());
        assertThat(delegate.statusCode()).as(delegate.body()).isEqualTo(201);
        HttpResponse<String> plan = api.send("POST", "/api/coops/" + coopId + "/dues/plans", admin, "application/json",
                "{\"name\":\"월 회비\",\"monthlyWon\":10000,\"standard\":true,\"startsOn\":\"" + KoreanCalendar.today() + "\"}", Map.of());
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        // shifts and work: a zone with two shifts next month, a swap between two of its members (written directly: nobody
        // of that cooperative can sign in), a sign-up window, a work record of yesterday and a payout run of it
        java.time.ZoneId korea = KoreanCalendar.ZONE;
        long zone = created(api.send("POST", "/api/coops/" + coopId + "/zones", admin, "application/json", "{\"name\":\"북구\"}", Map.of()));
        LocalDate day = KoreanCalendar.today().plusDays(35);
        long[] shifts = new long[2];
        for (int i = 0; i < 2; i++) {
            java.time.Instant start = day.plusDays(i).atTime(11, 0).atZone(korea).toInstant();
            shifts[i] = created(api.send("POST", "/api/coops/" + coopId + "/shifts", admin, "application/json", "{\"zoneId\":" + zone
                    + ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusSeconds(4 * 3600) + "\",\"ridersWanted\":1}", Map.of()));
        }
        long otherMember = jsonArray(api.get("/api/coops/" + coopId + "/members", admin)).getJsonObject(2).getJsonNumber("id").longValue();
        TestStack.database().runAsRoot("INSERT INTO shift_swap (coop_id, from_membership_id, from_shift_id, to_membership_id, to_shift_id, state, "
                + "created_at) VALUES (" + coopId + ", " + memberId + ", " + shifts[0] + ", " + otherMember + ", " + shifts[1] + ", 'PROPOSED', NOW(6))");
        long swapId;
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = app.createStatement();
             ResultSet row = statement.executeQuery("SELECT id FROM shift_swap WHERE coop_id = " + coopId)) {
            row.next();
            swapId = row.getLong(1);
        }
        LocalDate monday = KoreanCalendar.today().plusDays(21).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        long windowId = created(api.send("POST", "/api/coops/" + coopId + "/signup-windows", admin, "application/json", "{\"weekOf\":\"" + monday
                + "\",\"closesAt\":\"" + monday.minusDays(2).atStartOfDay(korea).toInstant() + "\"}", Map.of()));
        LocalDate yesterday = KoreanCalendar.today().minusDays(1);
        java.time.Instant worked = yesterday.atTime(10, 0).atZone(korea).toInstant();
        long recordId = created(api.send("POST", "/api/coops/" + coopId + "/work-records", admin, "application/json", "{\"membershipId\":" + memberId
                + ",\"startedAt\":\"" + worked + "\",\"endedAt\":\"" + worked.plusSeconds(3600) + "\",\"deliveries\":5,\"distanceKm\":12,"
                + "\"incomeWon\":30000}", Map.of()));
        HttpResponse<String> run = api.send("POST", "/api/coops/" + coopId + "/payout-runs", admin, "application/json", "{\"periodStart\":\""
                + yesterday + "\",\"periodEnd\":\"" + yesterday + "\",\"incomes\":[{\"label\":\"정산\",\"amountWon\":30000}]}", Map.of());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        HttpResponse<String> proposal = api.send("POST", "/api/coops/" + coopId + "/surplus-proposals", admin, "application/json",
                "{\"fiscalYear\":" + (KoreanCalendar.today().getYear() - 2) + ",\"netIncomeWon\":0,\"opening\":{\"retainedWon\":0,"
                        + "\"voluntaryWon\":0,\"legalWon\":0,\"lossWon\":0},\"legalReserveWon\":0,\"voluntaryReserveWon\":0,"
                        + "\"patronageDividendWon\":0,\"capitalDividendWon\":0}", Map.of());
        assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(201);
        long proposalId = ApiClient.json(proposal).getJsonObject("proposal").getJsonNumber("id").longValue();
        return Map.ofEntries(Map.entry("proposalId", proposalId), Map.entry("memberId", memberId), Map.entry("positionId", positionId), Map.entry("grantId", grantId),
                Map.entry("planId", ApiClient.json(plan).getJsonNumber("id").longValue()),
                Map.entry("delegateId", ApiClient.json(delegate).getJsonNumber("id").longValue()),
                Map.entry("meetingId", called.getJsonNumber("id").longValue()),
                Map.entry("motionId", called.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue()),
                Map.entry("caseId", ApiClient.json(expulsion).getJsonNumber("id").longValue()),
                Map.entry("shiftId", shifts[0]), Map.entry("swapId", swapId), Map.entry("windowId", windowId), Map.entry("recordId", recordId),
                Map.entry("runId", ApiClient.json(run).getJsonObject("run").getJsonNumber("id").longValue()));
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(201);
        return ApiClient.json(response).getJsonNumber("id").longValue();
    }

    static String expulsionCase(LocalDate noticeOn, LocalDate assemblyOn) {
        return """
                {"ground":"NON_USE","details":"12개월 이상 배달 실적 없음","noticeGivenOn":"%s","assemblyOn":"%s"}"""
                .formatted(noticeOn, assemblyOn);
    }

    @Test
    void everyChangeIsInAnIntactChainThatTheApplicationCannotRewrite() throws Exception {
        long id = register(cooperative(nextNumber(), "i1@ridercoop.example", "i2@ridercoop.example", 2));
        String chain = "coop:" + id;
        JsonObject verification = chainOf(chain);
        assertThat(verification.getBoolean("intact")).isTrue();
        // registered, 5 founders, 4 officers
        assertThat(verification.getJsonNumber("records").longValue()).isEqualTo(10);

        String url = TestStack.database().jdbcUrl();
        try (Connection app = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = app.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_record WHERE chain = '" + chain + "'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(10);
            }
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_record SET actor_name = 'x' WHERE chain = '" + chain + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_record WHERE chain = '" + chain + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            // the history of statuses and the capital ledger are append-only too
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE membership_status_change SET reason = 'x' WHERE coop_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM capital_entry WHERE coop_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }

        // someone with more rights than the application changes a record: the chain names it
        String original;
        try (Connection app = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = app.createStatement();
             ResultSet row = statement.executeQuery("SELECT action FROM audit_record WHERE chain = '" + chain + "' AND seq = 3")) {
            row.next();
            original = row.getString(1);
        }
        TestStack.database().runAsRoot("UPDATE audit_record SET action = 'forged' WHERE chain = '" + chain + "' AND seq = 3");
        JsonObject broken = chainOf(chain);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(3);
        TestStack.database().runAsRoot("UPDATE audit_record SET action = '" + original + "' WHERE chain = '" + chain + "' AND seq = 3");
        assertThat(chainOf(chain).getBoolean("intact")).isTrue();

        assertThat(api.get("/api/admin/audit/verify", token(DemoUser.BOARD)).statusCode()).isEqualTo(403);
    }

    // --- membership from application to leaving

    private HttpResponse<String> post(String path, DemoUser user, String json) {
        return api.send("POST", "/api/coops" + path, token(user), "application/json", json, Map.of());
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isBetween(200, 201);
        return ApiClient.json(response);
    }

    private JsonObject detail(long coopId, long memberId) {
        return ok(api.get("/api/coops/" + coopId + "/members/" + memberId, token(DemoUser.BOARD)));
    }

    private JsonObject mine(DemoUser user, long coopId) {
        return mine(token(user), coopId);
    }

    private JsonObject mine(String token, long coopId) {
        return jsonArray(api.get("/api/me/memberships", token)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonObject("coop").getJsonNumber("id").longValue() == coopId)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aPersonAppliesTheBoardApprovesOnceAndTheNewMemberSeesTheirNumber() throws Exception {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        // someone the platform has never seen: an account of their own, no role, no cooperative
        String username = KeycloakAdmin.newPerson("applicant-" + System.nanoTime(), "하늘", "강", "applicant-password");
        String person = TestStack.tokens().fetch(username, "applicant-password");
        assertThat(ApiClient.json(api.get("/api/me", person)).getJsonArray("roles")).isEmpty();
        assertThat(jsonArray(api.get("/api/coops/directory", person)).getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getJsonNumber("id").longValue()).isEqualTo(id));

        // the name typed on a device that decomposes Hangul (NFD) is stored composed (NFC)
        String nfd = Normalizer.normalize("강하늘", Normalizer.Form.NFD);
        HttpResponse<String> applied = api.send("POST", "/api/coops/" + id + "/applications", person, "application/json",
                "{\"name\":\"" + nfd + "\",\"phone\":\"010-5555-0101\",\"shares\":2}", Map.of());
        JsonObject application = ok(applied);
        assertThat(applied.statusCode()).isEqualTo(201);
        long memberId = application.getJsonNumber("id").longValue();
        assertThat(application.getString("status")).isEqualTo("APPLICANT");
        assertThat(application.getString("name")).isEqualTo("강하늘");
        assertThat(application.get("memberNumber")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(application.getString("email")).isEqualTo(username + "@people.ridercoop.example");
        assertProblem(api.send("POST", "/api/coops/" + id + "/applications", person, "application/json", "{\"name\":\"강하늘\",\"shares\":1}", Map.of()), 409, "already-member");
        // an applicant is no member yet
        assertProblem(api.get("/api/coops/" + id, person), 404, "not-found");
        assertThat(mine(person, id).getJsonObject("member").getString("status")).isEqualTo("APPLICANT");
        // a plain member may not decide; the search finds the applicant by an NFD query
        assertProblem(post("/" + id + "/applications/" + memberId + "/approval", DemoUser.RIDER, null), 403, "forbidden");
        assertThat(jsonArray(api.get("/api/coops/" + id + "/members?status=APPLICANT&q=" + java.net.URLEncoder.encode(nfd,
                java.nio.charset.StandardCharsets.UTF_8), token(DemoUser.BOARD)))).hasSize(1);

        // approved twice at the same moment: one member, one number
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        String board = token(DemoUser.BOARD);
        var calls = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> api.send("POST",
                "/api/coops/" + id + "/applications/" + memberId + "/approval", board, null, null, Map.of()))).toList();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var call : calls) {
            statuses.add(call.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertProblem(post("/" + id + "/applications/" + memberId + "/approval", DemoUser.BOARD, null), 409, "not-an-applicant");

        // the new member's account got the coarse role of a rider; their next token carries it
        String userId = KeycloakAdmin.user(username + "@people.ridercoop.example").getString("id");
        assertThat(KeycloakAdmin.realmRoles(userId)).contains("rider");
        person = TestStack.tokens().fetch(username, "applicant-password");
        assertThat(KeycloakAdmin.strings(ApiClient.json(api.get("/api/me", person)).getJsonArray("roles"))).contains("rider");
        JsonObject me = mine(person, id);
        assertThat(me.getJsonObject("member").getString("status")).isEqualTo("ACTIVE");
        assertThat(me.getJsonObject("member").getInt("memberNumber")).isEqualTo(6);
        assertThat(me.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("toStatus"))
                .containsExactly("APPLICANT", "ACTIVE");
        assertThat(api.get("/api/coops/" + id, person).statusCode()).isEqualTo(200);
        JsonObject detail = ok(api.get("/api/coops/" + id + "/members/" + memberId, person));
        assertThat(detail.getJsonArray("capital").getJsonObject(0).getString("kind")).isEqualTo("SUBSCRIPTION");
        assertThat(detail.getJsonArray("capital").getJsonObject(0).getJsonNumber("amountWon").longValue()).isEqualTo(100_000);
        // a member sees their own record, not another's
        long founder = jsonArray(api.get("/api/coops/" + id + "/members", board)).getJsonObject(2).getJsonNumber("id").longValue();
        assertProblem(api.get("/api/coops/" + id + "/members/" + founder, person), 404, "not-found");
        assertThat(jsonArray(api.get("/api/coops/" + id + "/members?status=ACTIVE", board))).hasSize(6);
    }

    @Test
    void theBoardEntersAnApplicationRefusesWithAReasonAndAdmitsSomeoneWithoutAnAccount() throws Exception {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        String newcomer = "newcomer-" + System.nanoTime() + "@ridercoop.example";
        assertProblem(post("/" + id + "/applications", DemoUser.RIDER,
                "{\"name\":\"윤서준\",\"email\":\"" + newcomer + "\",\"shares\":1,\"onBehalf\":true}"), 403, "forbidden");
        JsonObject missing = assertProblem(post("/" + id + "/applications", DemoUser.BOARD,
                "{\"name\":\"윤서준\",\"shares\":1,\"onBehalf\":true}"), 400, "validation");
        assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
        long memberId = ok(post("/" + id + "/applications", DemoUser.BOARD,
                "{\"name\":\"윤서준\",\"email\":\"" + newcomer + "\",\"shares\":1,\"onBehalf\":true}")).getJsonNumber("id").longValue();
        long refusedId = ok(post("/" + id + "/applications", DemoUser.BOARD,
                "{\"name\":\"오지호\",\"email\":\"refused-" + newcomer + "\",\"shares\":1,\"onBehalf\":true}")).getJsonNumber("id").longValue();

        assertProblem(post("/" + id + "/applications/" + refusedId + "/refusal", DemoUser.BOARD, "{\"reason\":\"  \"}"), 400, "validation");
        JsonObject refused = ok(post("/" + id + "/applications/" + refusedId + "/refusal", DemoUser.BOARD,
                "{\"reason\":\"조합원 자격(배달 종사자) 미확인\"}"));
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(detail(id, refusedId).getString("refusalReason")).isEqualTo("조합원 자격(배달 종사자) 미확인");
        assertProblem(post("/" + id + "/applications/" + refusedId + "/approval", DemoUser.BOARD, null), 409, "not-an-applicant");

        JsonObject admitted = ok(post("/" + id + "/applications/" + memberId + "/approval", DemoUser.BOARD, null));
        assertThat(admitted.getInt("memberNumber")).isEqualTo(6);
        // the account exists in Keycloak now, waiting for its owner to set a password and verify the address
        JsonObject account = KeycloakAdmin.user(newcomer);
        assertThat(account.getBoolean("emailVerified")).isFalse();
        assertThat(KeycloakAdmin.strings(account.getJsonArray("requiredActions"))).contains("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(account.getString("lastName")).isEqualTo("윤");
        assertThat(KeycloakAdmin.realmRoles(account.getString("id"))).contains("rider");
        // and Keycloak e-mailed them the link to do so
        java.util.List<jakarta.mail.internet.MimeMessage> invitations = new java.util.ArrayList<>();
        for (long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos(); invitations.isEmpty() && System.nanoTime() < until;
             Thread.sleep(200)) {
            for (jakarta.mail.internet.MimeMessage mail : TestStack.mail().received()) {
                if (java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(newcomer))) {
                    invitations.add(mail);
                }
            }
        }
        assertThat(invitations).hasSize(1);
        assertThat(mailText(invitations.get(0))).contains("/realms/coop/login-actions/action-token?key=");
    }

    /** The text of an e-mail, whatever its parts. */
    private static String mailText(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(mailText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    /** Five founders of 10 shares each: a member may grow to 17 of 57 shares (29.8%), not to 18 of 58 (31.0%). */
    @Test
    void theThirtyPercentCapHoldsUnderConcurrentSubscriptions() throws Exception {
        String body = cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 10)
                .replaceAll("\"shares\":[12](?=[,}])", "\"shares\":10");
        long id = register(body);
        long memberId = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD))).getJsonObject(2)
                .getJsonNumber("id").longValue();
        String board = token(DemoUser.BOARD);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        var calls = java.util.stream.IntStream.range(0, 20).mapToObj(i -> pool.submit(() -> api.send("POST",
                "/api/coops/" + id + "/members/" + memberId + "/capital/subscriptions", board, "application/json", "{\"shares\":1}",
                Map.of()))).toList();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (var call : calls) {
            statuses.merge(call.get().statusCode(), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 7, 422, 13));
        JsonObject member = detail(id, memberId);
        assertThat(member.getJsonObject("member").getInt("shares")).isEqualTo(17);
        assertThat(member.getJsonNumber("sharePercent").bigDecimalValue()).isLessThanOrEqualTo(new java.math.BigDecimal("30"));
        assertThat(member.getJsonArray("capital").getValuesAs(JsonObject.class)).filteredOn(e -> e.getString("kind").equals("SUBSCRIPTION"))
                .hasSize(8);
    }

    @Test
    void capitalIsPaidInWholeWonInInstalmentsAndBadAmountsStoreNothing() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long memberId = ok(post("/" + id + "/applications", DemoUser.BOARD,
                "{\"name\":\"Ali Khan 🛵\",\"email\":\"ali-" + System.nanoTime() + "@ridercoop.example\",\"shares\":2,\"onBehalf\":true}"))
                .getJsonNumber("id").longValue();
        ok(post("/" + id + "/applications/" + memberId + "/approval", DemoUser.BOARD, null));
        String path = "/" + id + "/members/" + memberId + "/capital/payments";
        String today = KoreanCalendar.today().toString();
        for (String bad : new String[] {"1000.5", "-5", "0", "100000000000000000000"}) {
            HttpResponse<String> response = post(path, DemoUser.BOARD, "{\"amountWon\":" + bad + ",\"paidOn\":\"" + today + "\"}");
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        }
        assertProblem(post(path, DemoUser.BOARD, "{\"amountWon\":1000,\"paidOn\":\"" + KoreanCalendar.today().plusDays(1) + "\"}"),
                400, "validation");
        assertProblem(post(path, DemoUser.RIDER, "{\"amountWon\":1000,\"paidOn\":\"" + today + "\"}"), 403, "forbidden");
        JsonObject untouched = detail(id, memberId);
        assertThat(untouched.getJsonObject("member").getJsonNumber("paidInWon").longValue()).isZero();
        assertThat(untouched.getJsonArray("capital")).hasSize(1);

        // a payment sent twice with the same Idempotency-Key counts once and answers the same
        String first = "{\"amountWon\":30000,\"paidOn\":\"" + today + "\",\"note\":\"1회차\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "pay-" + java.util.UUID.randomUUID());
        HttpResponse<String> once = api.send("POST", "/api/coops" + path, token(DemoUser.BOARD), "application/json", first, key);
        HttpResponse<String> again = api.send("POST", "/api/coops" + path, token(DemoUser.BOARD), "application/json", first, key);
        assertThat(once.statusCode()).as(once.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(again)).isEqualTo(ApiClient.json(once));
        assertThat(ApiClient.json(again).getJsonNumber("paidInWon").longValue()).isEqualTo(30_000);
        assertProblem(api.send("POST", "/api/coops" + path, token(DemoUser.BOARD), "application/json",
                first.replace("30000", "30001"), key), 422, "idempotency-key-reused");
        assertProblem(api.send("POST", "/api/coops" + path, token(DemoUser.BOARD), "application/json", first,
                Map.of("Idempotency-Key", "no spaces allowed")), 400, "validation");
        JsonObject paid = ok(post(path, DemoUser.BOARD, "{\"amountWon\":70000,\"paidOn\":\"" + today + "\"}"));
        assertThat(paid.getJsonNumber("paidInWon").longValue()).isEqualTo(100_000);
        assertThat(paid.getJsonNumber("subscribedWon").longValue()).isEqualTo(100_000);
        assertProblem(post(path, DemoUser.BOARD, "{\"amountWon\":1,\"paidOn\":\"" + today + "\"}"), 422, "overpaid");
        JsonObject member = detail(id, memberId);
        assertThat(member.getJsonObject("member").getString("name")).isEqualTo("Ali Khan 🛵");
        assertThat(member.getJsonArray("capital").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                .containsExactly("SUBSCRIPTION", "PAYMENT", "PAYMENT");

        // the register as a CSV Excel opens: UTF-8 with a byte-order mark, Korean headers, totals of current members
        HttpResponse<byte[]> csv = csv(id, DemoUser.BOARD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(java.util.Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("조합원번호,성명,가입일").contains("김민준").contains("Ali Khan 🛵").contains("\r\n");
        // founders 2+2+2+2+1 shares at 50,000 won, all paid; the newcomer 2 shares, paid in two instalments
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("합계(현 조합원),,,11,550000,550000,,");
        assertThat(csv(id, DemoUser.RIDER).statusCode()).isEqualTo(403);
        assertThat(csv(id, DemoUser.CONSULTANT).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> csv(long coopId, DemoUser user) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(api.root() + "/api/coops/" + coopId + "/register.csv"))
                    .header("Authorization", "Bearer " + token(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStaleUpdateIs409() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long memberId = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD))).getJsonObject(1)
                .getJsonNumber("id").longValue();
        String path = "/api/coops/" + id + "/members/" + memberId + "/contact";
        HttpResponse<String> read = api.get("/api/coops/" + id + "/members/" + memberId, token(DemoUser.BOARD));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        // the member changes their own phone with the version they read
        HttpResponse<String> first = api.send("PUT", path, token(DemoUser.RIDER), "application/json",
                "{\"name\":\"김민준\",\"phone\":\"010-2222-3333\"}", Map.of("If-Match", etag));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        // the board, with the version read before that change, is refused
        assertProblem(api.send("PUT", path, token(DemoUser.BOARD), "application/json",
                "{\"name\":\"김민준\",\"phone\":\"010-9999-9999\"}", Map.of("If-Match", etag)), 409, "stale-version");
        assertThat(detail(id, memberId).getJsonObject("member").getString("phone")).isEqualTo("010-2222-3333");
        // another plain member may not change it at all
        assertProblem(api.send("PUT", path, token(DemoUser.RIDER2), "application/json", "{\"name\":\"x\"}", Map.of()), 404, "not-found");
    }

    @Test
    void leavingOpensARefundClaimThatIsValuedWithheldAndPaidInTime() {
        // the chair holds 3 of 10 shares: exactly 30%
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 3));
        JsonArray members = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD)));
        long rider = members.getJsonObject(1).getJsonNumber("id").longValue();
        long early = members.getJsonObject(2).getJsonNumber("id").longValue();
        long barred = members.getJsonObject(3).getJsonNumber("id").longValue();
        long deceased = members.getJsonObject(4).getJsonNumber("id").longValue();

        // the rider gives notice today: withdrawing for the 30 days of the articles
        JsonObject notice = ok(post("/" + id + "/members/" + rider + "/withdrawal", DemoUser.RIDER, "{}"));
        assertThat(notice.getString("status")).isEqualTo("WITHDRAWING");
        assertThat(mine(DemoUser.RIDER, id).getJsonArray("history").getValuesAs(JsonObject.class)).last()
                .satisfies(h -> assertThat(h.getString("reason")).contains(KoreanCalendar.today().plusDays(30).toString()));
        assertProblem(post("/" + id + "/members/" + rider + "/withdrawal", DemoUser.RIDER, "{}"), 409, "not-active");
        // thirty days later (the test moves the day the notice takes effect), the nightly job makes it take effect
        TestStack.database().runAsRoot("UPDATE membership SET withdrawal_effective_on = CURRENT_DATE - INTERVAL 1 DAY WHERE id = " + rider);
        assertThat(api.send("POST", "/api/admin/withdrawals/due", token(DemoUser.BOARD), null, null, Map.of()).statusCode()).isEqualTo(403);
        JsonObject run = ok(api.send("POST", "/api/admin/withdrawals/due", token(DemoUser.ADMIN), null, null, Map.of()));
        assertThat(run.getInt("completed")).isGreaterThanOrEqualTo(1);
        assertThat(ok(api.send("POST", "/api/admin/withdrawals/due", token(DemoUser.ADMIN), null, null, Map.of())).getInt("completed"))
                .isZero();
        JsonObject withdrawn = detail(id, rider);
        assertThat(withdrawn.getJsonObject("member").getString("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getJsonObject("refund").getString("state")).isIn("AWAITING_VALUATION", "NOT_YET_PAYABLE");
        assertThat(withdrawn.getJsonArray("history").getValuesAs(JsonObject.class)).last()
                .satisfies(h -> assertThat(h.getString("recordedBy")).isEqualTo("Ridercoop"));
        assertProblem(post("/" + id + "/members/" + early + "/withdrawal", DemoUser.RIDER, "{}"), 404, "not-found");

        // a notice the board learnt of late, given so that the member left in the last fiscal year: payable now
        LocalDate today = KoreanCalendar.today();
        LocalDate fiscalYearStart = LocalDate.of(today.getYear(), 1, 1);
        JsonObject left = ok(post("/" + id + "/members/" + early + "/withdrawal", DemoUser.BOARD,
                "{\"noticeOn\":\"" + fiscalYearStart.minusDays(40) + "\"}"));
        assertThat(left.getString("status")).isEqualTo("WITHDRAWN");
        // with 2 + 2 shares gone the chair holds 3 of 6: over the cap, flagged for the board (a leaver cannot be held back)
        JsonObject capital = ok(api.get("/api/coops/" + id, token(DemoUser.BOARD))).getJsonObject("capital");
        assertThat(capital.getInt("currentMembers")).isEqualTo(3);
        assertThat(capital.getJsonNumber("totalShares").longValue()).isEqualTo(6);
        assertThat(capital.getJsonArray("overCapMemberIds").getJsonNumber(0).longValue())
                .isEqualTo(members.getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject refund = detail(id, early).getJsonObject("refund");
        assertThat(refund.getString("state")).isEqualTo("AWAITING_VALUATION");
        assertThat(refund.getString("payableFrom")).isEqualTo(fiscalYearStart.toString());
        assertThat(refund.getString("limitationEndsOn")).isEqualTo(fiscalYearStart.plusYears(2).minusDays(1).toString());
        assertThat(refund.getJsonNumber("paidInAtLeavingWon").longValue()).isEqualTo(100_000);
        String refundPath = "/" + id + "/members/" + early + "/refund";
        assertThat(ok(post(refundPath + "/valuation", DemoUser.BOARD, "{\"amountWon\":95000}")).getString("state")).isEqualTo("PAYABLE");
        assertProblem(post(refundPath + "/withholding", DemoUser.BOARD, "{\"withheld\":true}"), 400, "validation");
        assertThat(ok(post(refundPath + "/withholding", DemoUser.BOARD, "{\"withheld\":true,\"reason\":\"미납 조합비 30,000원\"}"))
                .getString("state")).isEqualTo("WITHHELD");
        assertProblem(post(refundPath + "/payment", DemoUser.BOARD, "{\"paidOn\":\"" + today + "\"}"), 422, "not-payable");
        ok(post(refundPath + "/withholding", DemoUser.BOARD, "{\"withheld\":false}"));
        assertThat(ok(post(refundPath + "/payment", DemoUser.BOARD, "{\"paidOn\":\"" + today + "\"}")).getString("state")).isEqualTo("PAID");
        assertThat(detail(id, early).getJsonArray("capital").getValuesAs(JsonObject.class)).last()
                .satisfies(e -> assertThat(e.getJsonNumber("amountWon").longValue()).isEqualTo(95_000));

        // left more than two years after the refund became claimable: time-barred (§27)
        ok(post("/" + id + "/members/" + barred + "/withdrawal", DemoUser.BOARD,
                "{\"noticeOn\":\"" + fiscalYearStart.minusYears(3).minusDays(40) + "\"}"));
        assertThat(detail(id, barred).getJsonObject("refund").getString("state")).isEqualTo("TIME_BARRED");
        assertProblem(post("/" + id + "/members/" + barred + "/refund/valuation", DemoUser.BOARD, "{\"amountWon\":1}"), 422, "time-barred");

        // death ends the membership and the director's office
        JsonObject died = ok(post("/" + id + "/members/" + deceased + "/death", DemoUser.BOARD, "{\"diedOn\":\"" + today + "\"}"));
        assertThat(died.getString("status")).isEqualTo("DECEASED");
        JsonObject after = detail(id, deceased);
        assertThat(after.getJsonObject("refund").getString("state")).isEqualTo("AWAITING_VALUATION");
        assertThat(after.getJsonArray("offices").getValuesAs(JsonObject.class)).allSatisfy(o -> assertThat(o.getBoolean("inForce"))
                .isEqualTo(false));
        assertProblem(post("/" + id + "/members/" + deceased + "/refund/valuation", DemoUser.BOARD, "{\"amountWon\":1}"), 422, "not-yet-valued");
    }

    @Test
    void expulsionIsACaseWithTenDaysNoticeThatStaysPendingUntilTheAssembly() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long memberId = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD))).getJsonObject(1)
                .getJsonNumber("id").longValue();
        LocalDate today = KoreanCalendar.today();
        String path = "/" + id + "/members/" + memberId + "/expulsion-cases";
        assertProblem(post(path, DemoUser.BOARD, expulsionCase(today, today.plusDays(9))), 422, "notice-period");
        assertProblem(post(path, DemoUser.RIDER, expulsionCase(today, today.plusDays(10))), 403, "forbidden");
        JsonObject opened = ok(post(path, DemoUser.BOARD, expulsionCase(today, today.plusDays(10))));
        assertThat(opened.getString("state")).isEqualTo("PENDING");
        assertProblem(post(path, DemoUser.BOARD, expulsionCase(today, today.plusDays(30))), 409, "case-pending");
        // pending is not expelled: the member keeps their rights
        assertThat(detail(id, memberId).getJsonObject("member").getString("status")).isEqualTo("ACTIVE");
        long caseId = opened.getJsonNumber("id").longValue();
        assertThat(ok(post(path + "/" + caseId + "/drop", DemoUser.BOARD, null)).getString("state")).isEqualTo("DROPPED");
        assertProblem(post(path + "/" + caseId + "/drop", DemoUser.BOARD, null), 409, "case-closed");
    }

    @Test
    void officersAreActiveMembersForAtMostFourYearsAndTheChairIsReElectedAtMostTwice() {
        long id = register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        JsonArray members = jsonArray(api.get("/api/coops/" + id + "/members", token(DemoUser.BOARD)));
        long chair = members.getJsonObject(0).getJsonNumber("id").longValue();
        long rider = members.getJsonObject(1).getJsonNumber("id").longValue();
        LocalDate today = KoreanCalendar.today();
        String appoint = "{\"membershipId\":%d,\"position\":\"%s\",\"termStart\":\"%s\",\"termEnd\":\"%s\"}";

        assertProblem(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(rider, "DIRECTOR", today, today.plusYears(4))),
                422, "term-too-long");
        assertProblem(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(rider, "CHAIR", today, today.plusYears(2))),
                422, "one-chair");
        assertProblem(post("/" + id + "/board", DemoUser.RIDER, appoint.formatted(rider, "DIRECTOR", today, today.plusYears(2))),
                403, "forbidden");
        JsonObject director = ok(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(rider, "DIRECTOR", today, today.plusYears(2))));
        assertThat(director.getBoolean("inForce")).isTrue();
        assertProblem(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(rider, "AUDITOR", today, today.plusYears(1))),
                422, "one-office");

        // the founding chair's term ends in four years; re-elected twice, not a third time
        LocalDate second = today.plusYears(4);
        ok(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(chair, "CHAIR", second, second.plusYears(4).minusDays(1))));
        LocalDate third = second.plusYears(4);
        ok(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(chair, "CHAIR", third, third.plusYears(4).minusDays(1))));
        LocalDate fourth = third.plusYears(4);
        assertProblem(post("/" + id + "/board", DemoUser.BOARD, appoint.formatted(chair, "CHAIR", fourth, fourth.plusYears(4).minusDays(1))),
                422, "chair-reelection");

        // a director resigns
        long officeId = director.getJsonNumber("id").longValue();
        JsonObject ended = ok(post("/" + id + "/board/" + officeId + "/end", DemoUser.BOARD, "{\"endOn\":\"" + today.plusDays(1) + "\"}"));
        assertThat(ended.getString("vacatedOn")).isEqualTo(today.plusDays(1).toString());
        assertThat(ended.getBoolean("inForce")).isTrue();
        assertProblem(post("/" + id + "/board/" + officeId + "/end", DemoUser.BOARD, "{\"endOn\":\"" + today + "\"}"), 409, "vacated");
    }

    private JsonObject chainOf(String chain) {
        HttpResponse<String> response = api.get("/api/admin/audit/verify", token(DemoUser.ADMIN));
        assertThat(response.statusCode()).isEqualTo(200);
        return jsonArray(response).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("chain").equals(chain)).findFirst().orElseThrow();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
