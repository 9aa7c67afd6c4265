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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.EndpointCatalog;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;

/** Cooperatives, their founders and officers, tenancy and the audit trail, through the packaged API. */
class MembershipIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(100);

    /** A cooperative whose chair is the demo board member and one of whose plain members is the demo rider. */
    static String cooperative(String registrationNumber, String chairEmail, String memberEmail, int chairShares) {
        return """
                {"nameKo":"대구라이더협동조합","nameRomanized":"Daegu Rider Cooperative","kind":"WORKER",
                 "registrationNumber":"%s","fiscalYearStartMonth":1,"sharePriceWon":50000,
                 "articles":{"nonUseMonthsForExpulsion":12,"unpaidMonthsForExpulsion":6,"withdrawalNoticeDays":30},
                 "founders":[
                  {"name":"박서연","email":"%s","phone":"010-1234-5678","shares":%d,"position":"CHAIR"},
                  {"name":"%s","email":"%s","shares":2},
                  {"name":"최도윤","email":"doyun@ridercoop.example","shares":2,"position":"DIRECTOR"},
                  {"name":"정하린 🛵","email":"harin@ridercoop.example","shares":2,"position":"DIRECTOR"},
                  {"name":"한지우","email":"jiwoo@ridercoop.example","shares":1,"position":"AUDITOR"}]}"""
                .formatted(registrationNumber, chairEmail, chairShares, Normalizer.normalize("김민준", Normalizer.Form.NFD), memberEmail);
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
    void everyCooperativeEndpointHidesAnotherCooperative() {
        register(cooperative(nextNumber(), "board@ridercoop.example", "rider@ridercoop.example", 2));
        long other = register(cooperative(nextNumber(), "k1@ridercoop.example", "k2@ridercoop.example", 2));
        var owned = EndpointCatalog.scan(Path.of("target/classes"), "org.ridercoop").stream()
                .filter(EndpointCatalog.Endpoint::cooperativeOwned).toList();
        assertThat(owned).isNotEmpty();
        for (var endpoint : owned) {
            for (DemoUser user : new DemoUser[] {DemoUser.BOARD, DemoUser.RIDER, DemoUser.CONSULTANT, DemoUser.VISITOR}) {
                HttpResponse<String> response = endpoint.hasBody()
                        ? api.send(endpoint.method(), "/api" + endpoint.inCooperative(other), token(user), "application/json", "{}", Map.of())
                        : api.send(endpoint.method(), "/api" + endpoint.inCooperative(other), token(user), null, null, Map.of());
                assertProblem(response, 404, "not-found");
                assertThat(response.body()).as(endpoint.label()).doesNotContain("k1@", "대구", "Daegu");
            }
        }
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
