package org.ridercoop.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from Keycloak for tests and benchmarks, through the test-only client {@code coop-test}
 * (password grant). Tokens are cached per user for a minute: they live five.
 */
public final class Tokens {
    public static final String TEST_CLIENT = "coop-test";
    private static final long REUSE_MILLIS = 60_000;

    private final String tokenEndpoint;
    private final Map<DemoUser, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    public Tokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    public String accessToken(DemoUser user) {
        Cached cached = cache.get(user);
        if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < REUSE_MILLIS) {
            return cached.token();
        }
        String token = fetch(user.username(), DemoUser.PASSWORD);
        cache.put(user, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    /** A fresh token for any account of the realm. */
    public String fetch(String username, String password) {
        try {
            HttpResponse<String> response = Http.postForm(tokenEndpoint, Map.of(
                    "grant_type", "password",
                    "client_id", TEST_CLIENT,
                    "username", username,
                    "password", password,
                    "scope", "openid"));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + username + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject json = reader.readObject();
                return json.getString("access_token");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("token request to " + tokenEndpoint + " failed", e);
        }
    }
}
