package org.ridercoop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The realm as code says what the security of the platform relies on. */
class RealmFilesTest {
    private final JsonObject realm = RealmFiles.realm();

    @Test
    void theFourRolesAreDescribed() {
        var roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class);
        assertThat(roles).extracting(r -> r.getString("name")).containsExactlyInAnyOrder("rider", "board", "consultant", "admin");
        assertThat(roles).allSatisfy(r -> assertThat(r.getString("description")).hasSizeGreaterThan(20));
    }

    @Test
    void theWebClientIsConfidentialWithPkceAndNoPasswordGrant() {
        JsonObject web = clients(realm).get("coop-web");
        assertThat(web.getBoolean("publicClient")).isFalse();
        assertThat(web.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(web.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(web.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(web.getJsonObject("attributes").getString("pkce.code.challenge.method")).isEqualTo("S256");
        List<String> redirects = web.getJsonArray("redirectUris").getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
        assertThat(redirects).containsExactly("${COOP_WEB_URL:http://localhost:8080}/callback");
        assertThat(redirects).noneMatch(uri -> uri.contains("*"));
        assertThat(mappers(web)).containsEntry("realm roles as groups", "oidc-usermodel-realm-role-mapper");
    }

    @Test
    void theServiceAccountMayOnlyManageUsersOfThisRealm() {
        JsonObject admin = clients(realm).get("coop-api-admin");
        assertThat(admin.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(admin.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(admin.getBoolean("directAccessGrantsEnabled")).isFalse();
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> "coop-api-admin".equals(u.getString("serviceAccountClientId", null)))
                .findFirst().orElseThrow();
        assertThat(account.getJsonObject("clientRoles").keySet()).containsExactly("realm-management");
        assertThat(account.getJsonObject("clientRoles").getJsonArray("realm-management").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
        assertThat(account.containsKey("realmRoles")).isFalse();
        // without full scope, the roles reach the token only through this scope mapping
        JsonObject scope = realm.getJsonObject("clientScopeMappings").getJsonArray("realm-management").getJsonObject(0);
        assertThat(scope.getString("client")).isEqualTo("coop-api-admin");
        assertThat(scope.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
    }

    @Test
    void bruteForceProtectionAndShortLivedTokens() {
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getInt("failureFactor")).isBetween(3, 10);
        assertThat(realm.getInt("accessTokenLifespan")).isBetween(60, 600);
        assertThat(realm.getInt("ssoSessionIdleTimeout")).isBetween(600, 3600);
        assertThat(realm.getBoolean("registrationAllowed")).isFalse();
    }

    @Test
    void demoUsersAndTheTestClientAreNotInTheProductionRealm() {
        assertThat(realm.getJsonArray("users")).hasSize(1);
        assertThat(clients(realm)).doesNotContainKeys("coop-test", "coop-test-expiring");
        assertThat(clients(realm).values()).noneMatch(c -> c.getBoolean("directAccessGrantsEnabled", false));

        JsonObject merged = RealmFiles.realmWithDemo();
        assertThat(clients(merged)).containsKeys("coop-web", "coop-api-admin", "coop-test", "coop-test-expiring");
        var usernames = merged.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).toList();
        assertThat(usernames).containsAll(DemoUser.all().stream().map(DemoUser::username).toList());
    }

    @Test
    void everyDemoUserHasTheRolesTheDocsList() {
        Map<String, JsonObject> users = RealmFiles.demo().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("username"), Function.identity()));
        for (DemoUser user : DemoUser.all()) {
            JsonObject json = users.get(user.username());
            assertThat(json).as(user.username()).isNotNull();
            assertThat(json.getJsonArray("realmRoles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
                    .containsExactlyInAnyOrderElementsOf(user.roles());
            assertThat(json.getString("lastName") + json.getString("firstName")).isNotBlank();
        }
    }

    private static Map<String, JsonObject> clients(JsonObject realm) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("clientId"), Function.identity()));
    }

    private static Map<String, String> mappers(JsonObject client) {
        return client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("name"), m -> m.getString("protocolMapper")));
    }

}
