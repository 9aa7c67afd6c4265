package org.ridercoop.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The test realm's users, through Keycloak's admin REST API as the API's own service account: to look at what
 * the API did to an account, and to make people who have never been seen before.
 */
public final class KeycloakAdmin {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** The user with this e-mail address (exactly one must exist). */
    public static JsonObject user(String email) {
        JsonArray found = array(send(HttpRequest.newBuilder(URI.create(admin() + "/users?exact=true&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).GET()));
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " users with " + email);
        }
        return found.getJsonObject(0);
    }

    public static List<String> realmRoles(String userId) {
        return array(send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + userId + "/role-mappings/realm")).GET()))
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList();
    }

    /** A new person with a password and a verified address, and no realm role; returns their username. */
    public static String newPerson(String username, String firstName, String lastName, String password) {
        String user = Json.createObjectBuilder().add("username", username).add("email", username + "@people.ridercoop.example")
                .add("emailVerified", true).add("enabled", true).add("firstName", firstName).add("lastName", lastName)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = sendAuthorised(HttpRequest.newBuilder(URI.create(admin() + "/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating " + username + ": " + created.statusCode() + " " + created.body());
        }
        return username;
    }

    public static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String admin() {
        return TestStack.issuer().replace("/realms/", "/admin/realms/");
    }

    private static String send(HttpRequest.Builder request) {
        HttpResponse<String> response = sendAuthorised(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> sendAuthorised(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + serviceToken()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String serviceToken() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestStack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=coop-api-admin&client_secret=local-admin-client-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
