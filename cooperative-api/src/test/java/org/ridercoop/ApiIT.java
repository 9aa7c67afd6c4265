package org.ridercoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.Http;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.EndpointCatalog;
import org.ridercoop.testsupport.EndpointCatalog.Access;
import org.ridercoop.testsupport.EndpointCatalog.Endpoint;
import org.ridercoop.testsupport.TestStack;

/**
 * The API as a client sees it: the packaged WAR on Payara Micro, a real MariaDB, real Keycloak tokens.
 * One deployment for all of it (each Payara start costs about 20 s).
 */
class ApiIT extends PackagedApiTest {

    // --- who is calling

    @Test
    void meAnswersWhoIsCallingFromTheToken() {
        HttpResponse<String> response = api.get("/api/me", token(DemoUser.RIDER));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = ApiClient.json(response);
        assertThat(me.getString("username")).isEqualTo("rider");
        assertThat(me.getString("name")).isEqualTo("김민준");
        assertThat(me.getString("email")).isEqualTo("rider@ridercoop.example");
        assertThat(me.getString("subject")).isNotBlank();
        assertThat(strings(me, "roles")).containsExactly("rider");
        assertThat(me.getString("language")).isEqualTo("ko");
        assertThat(me.getJsonArray("cooperatives")).isEmpty();
    }

    @Test
    void meListsEveryPlatformRoleAndNoOtherRealmRole() {
        JsonObject board = ApiClient.json(api.get("/api/me", token(DemoUser.BOARD)));
        assertThat(strings(board, "roles")).containsExactly("rider", "board");

        JsonObject consultant = ApiClient.json(api.get("/api/me", token(DemoUser.CONSULTANT)));
        assertThat(strings(consultant, "roles")).containsExactly("consultant");
        assertThat(consultant.getString("name")).isEqualTo("Jihoon Choi");
    }

    @Test
    void aSignedInPersonWithoutRoleStillLearnsWhoTheyAre() {
        HttpResponse<String> response = api.get("/api/me", token(DemoUser.VISITOR));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).getJsonArray("roles")).isEmpty();
    }

    // --- tokens that are refused

    @Test
    void noTokenIs401WithAChallenge() {
        HttpResponse<String> response = api.get("/api/me", null);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void malformedTokensAre401() {
        assertProblem(api.get("/api/me", "not-a-token"), 401, "unauthorized");
        assertProblem(api.get("/api/me", "abc.def.ghi"), 401, "unauthorized");
    }

    @Test
    void aTokenWithAForgedSignatureIs401() {
        String token = token(DemoUser.RIDER);
        int dot = token.lastIndexOf('.');
        char[] signature = token.substring(dot + 1).toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        assertProblem(api.get("/api/me", token.substring(0, dot + 1) + new String(signature)), 401, "unauthorized");
    }

    @Test
    void aTokenOfAnotherIssuerIs401() throws Exception {
        // a perfectly valid token, but from Keycloak's master realm, not from the coop realm
        String master = TestStack.issuer().replace("/realms/coop", "/realms/master");
        HttpResponse<String> tokenResponse = Http.postForm(master + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        String foreign = Json.createReader(new java.io.StringReader(tokenResponse.body())).readObject().getString("access_token");

        assertProblem(api.get("/api/me", foreign), 401, "unauthorized");
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        // coop-test-expiring issues tokens that live 1 s; the API tolerates 10 s of clock skew
        HttpResponse<String> tokenResponse = Http.postForm(TestStack.issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "coop-test-expiring", "username", "rider", "password", DemoUser.PASSWORD));
        String token = Json.createReader(new java.io.StringReader(tokenResponse.body())).readObject().getString("access_token");
        assertThat(api.get("/api/me", token).statusCode()).as("fresh token").isEqualTo(200);

        Thread.sleep(12_500);

        assertProblem(api.get("/api/me", token), 401, "unauthorized");
    }

    // --- every error is a problem

    @Test
    void unknownPathIs404() {
        assertProblem(api.get("/api/no-such-thing", token(DemoUser.RIDER)), 404, "not-found");
        assertProblem(api.get("/api/no-such-thing", null), 404, "not-found");
    }

    @Test
    void wrongMethodIs405WithTheAllowedOnes() {
        HttpResponse<String> response = api.send("DELETE", "/api/me", token(DemoUser.RIDER), null, null, Map.of());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).get().asString().contains("GET");
    }

    @Test
    void wrongMediaTypeIs415() {
        HttpResponse<String> response = api.send("PUT", "/api/me/preferences", token(DemoUser.RIDER), "text/plain", "en", Map.of());

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void invalidFieldsAre400WithFieldErrorsAndNothingIsStored() {
        String token = token(DemoUser.ADMIN);
        HttpResponse<String> response = api.send("PUT", "/api/me/preferences", token, "application/json",
                "{\"language\":\"fr\"}", Map.of());

        JsonObject problem = assertProblem(response, 400, "validation");
        assertThat(problem.getJsonArray("errors")).hasSize(1);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("language");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("must be ko or en");

        HttpResponse<String> after = api.get("/api/me/preferences", token);
        assertThat(ApiClient.json(after).getString("language")).isEqualTo("ko");
        assertThat(after.headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void aMissingBodyAndAMissingFieldAre400() {
        String token = token(DemoUser.ADMIN);
        assertProblem(api.send("PUT", "/api/me/preferences", token, "application/json", "", Map.of()), 400, "validation");
        JsonObject problem = assertProblem(api.send("PUT", "/api/me/preferences", token, "application/json", "{}", Map.of()),
                400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("language");
    }

    @Test
    void malformedJsonIs400() {
        String token = token(DemoUser.ADMIN);
        assertProblem(api.send("PUT", "/api/me/preferences", token, "application/json", "{\"language\":", Map.of()),
                400, "malformed-json");
        assertProblem(api.send("PUT", "/api/me/preferences", token, "application/json", "[1,2]", Map.of()),
                400, "malformed-json");
    }

    @Test
    void anOversizeBodyIs413() {
        String big = "{\"language\":\"" + "x".repeat(1_060_000) + "\"}";
        assertProblem(api.send("PUT", "/api/me/preferences", token(DemoUser.ADMIN), "application/json", big, Map.of()),
                413, "payload-too-large");
    }

    @Test
    void preferencesAreStoredAndAStaleVersionIs409() {
        String token = token(DemoUser.RIDER2);
        HttpResponse<String> first = api.send("PUT", "/api/me/preferences", token, "application/json",
                "{\"language\":\"en\"}", Map.of("If-Match", "\"0\""));
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo("\"0\"");
        assertThat(ApiClient.json(api.get("/api/me", token)).getString("language")).isEqualTo("en");

        HttpResponse<String> stale = api.send("PUT", "/api/me/preferences", token, "application/json",
                "{\"language\":\"ko\"}", Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "stale-version");
        assertThat(ApiClient.json(api.get("/api/me/preferences", token)).getString("language")).isEqualTo("en");

        HttpResponse<String> current = api.send("PUT", "/api/me/preferences", token, "application/json",
                "{\"language\":\"ko\"}", Map.of("If-Match", etag));
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/api/me", token)).getString("language")).isEqualTo("ko");
    }

    // --- operations

    @Test
    void aPlatformOperatorSeesTheInstanceAndNobodyElseDoes() {
        HttpResponse<String> response = api.get("/api/admin/system", token(DemoUser.ADMIN));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject system = ApiClient.json(response);
        assertThat(system.getString("version")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(system.getString("schemaVersion")).isEqualTo(latestMigration());
        assertThat(system.getString("database")).contains("MariaDB").contains("11.4");

        assertProblem(api.get("/api/admin/system", token(DemoUser.BOARD)), 403, "forbidden");
        assertProblem(api.get("/api/admin/system", token(DemoUser.VISITOR)), 403, "forbidden");
        assertProblem(api.get("/api/admin/system", null), 401, "unauthorized");
    }

    @Test
    void readinessChecksTheDatabaseAndTheMigrations() {
        HttpResponse<String> ready = api.get("/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject check = ApiClient.json(ready).getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("database");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("migrated")).isEqualTo("true");

        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        Set<String> documented = documentedOperations();
        Set<String> implemented = new TreeSet<>();
        endpoints().forEach(e -> implemented.add(e.label()));

        assertThat(documented).isEqualTo(implemented);
        assertThat(documented).contains("GET /me", "GET /me/preferences", "PUT /me/preferences", "GET /ping", "GET /admin/system");
    }

    /**
     * Every endpoint, found from the compiled resources: without a token 401, with a token of a wrong role
     * 403, with a token of a right role neither (nor a 5xx). A new endpoint is walked without being listed,
     * and one that declares no access rule fails the test.
     */
    @Test
    void everyEndpointRefusesMissingTokensAndWrongRoles() {
        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(5);
        assertThat(endpoints).anyMatch(e -> e.access() == Access.ROLES); // the wrong-role branch is exercised
        for (Endpoint endpoint : endpoints) {
            if (endpoint.access() == Access.UNDECLARED) {
                failures.add(endpoint.label() + " declares neither @RolesAllowed nor @PermitAll");
                continue;
            }
            if (endpoint.cooperativeOwned() != endpoint.tenantChecked()) {
                failures.add(endpoint.label() + (endpoint.cooperativeOwned()
                        ? " is below /coops/{coopId} but has no @CoopAccess" : " has @CoopAccess outside /coops/{coopId}"));
            }
            int anonymous = call(endpoint, null).statusCode();
            if (endpoint.access() == Access.PUBLIC) {
                expect(failures, endpoint, "no token", anonymous, anonymous < 400 || anonymous == 404 || anonymous == 400);
            } else {
                expect(failures, endpoint, "no token", anonymous, anonymous == 401);
            }
            for (DemoUser user : DemoUser.all()) {
                int status = call(endpoint, token(user)).statusCode();
                boolean allowed = switch (endpoint.access()) {
                    case PUBLIC, ANY_AUTHENTICATED -> true;
                    case ROLES -> user.roles().stream().anyMatch(endpoint.roles()::contains);
                    default -> false;
                };
                if (allowed) {
                    expect(failures, endpoint, user.username() + " (allowed)", status, status != 401 && status != 403 && status < 500);
                } else {
                    expect(failures, endpoint, user.username() + " (wrong role)", status, status == 403);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private HttpResponse<String> call(Endpoint endpoint, String token) {
        return endpoint.hasBody()
                ? api.send(endpoint.method(), "/api" + endpoint.concretePath(), token, endpoint.bodyType(), endpoint.emptyBody(), Map.of())
                : api.send(endpoint.method(), "/api" + endpoint.concretePath(), token, null, null, Map.of());
    }

    private static void expect(List<String> failures, Endpoint endpoint, String who, int status, boolean ok) {
        if (!ok) {
            failures.add(endpoint.label() + " as " + who + " answered " + status);
        }
    }

    /** The highest version among the migrations the WAR ships. */
    private static String latestMigration() {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Endpoint> endpoints() {
        return EndpointCatalog.scan(Path.of("target/classes"), "org.ridercoop");
    }

    private Set<String> documentedOperations() {
        HttpResponse<String> response = api.send("GET", "/openapi", null, null, null, Map.of("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = ApiClient.json(response).getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        Set<String> methods = new HashSet<>(List.of("get", "put", "post", "delete", "patch", "head", "options"));
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(methods::contains)
                .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        return operations;
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
