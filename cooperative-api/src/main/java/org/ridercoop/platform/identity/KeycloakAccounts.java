package org.ridercoop.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;

/**
 * Accounts in the Keycloak realm, through its admin REST API as the service account {@code coop-api-admin}
 * (which may only manage the realm's users). Used when the board admits someone who has never signed in: the
 * account is created with the required actions to set a password and verify the e-mail address, so that the
 * person can claim it (Keycloak's "forgot password" or an actions e-mail sends them the link).
 */
@ApplicationScoped
public class KeycloakAccounts {
    static final List<String> REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** How long the e-mailed link to set a password stays valid: a week. */
    static final int INVITATION_SECONDS = 7 * 24 * 3600;
    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    @Inject
    @ConfigProperty(name = "coop.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "coop.keycloak.admin.client-id", defaultValue = "coop-api-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "coop.keycloak.admin.client-secret")
    String clientSecret;

    /** The realm user with this e-mail address, created if there is none: its id (the token subject). */
    public Account ensure(String email, String name, String language) {
        Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
        try {
            String token = serviceToken(client);
            Optional<String> existing = find(client, token, email);
            if (existing.isPresent()) {
                return new Account(existing.get(), false);
            }
            String[] names = split(name);
            JsonObject user = Json.createObjectBuilder()
                    .add("username", email).add("email", email).add("emailVerified", false).add("enabled", true)
                    .add("firstName", names[0]).add("lastName", names[1])
                    .add("attributes", Json.createObjectBuilder().add("locale", Json.createArrayBuilder().add(language)))
                    .add("requiredActions", Json.createArrayBuilder(REQUIRED_ACTIONS))
                    .build();
            try (Response created = client.target(adminBase()).path("users").request()
                    .header("Authorization", "Bearer " + token).post(Entity.json(user.toString()))) {
                if (created.getStatus() == 409) {
                    // created meanwhile by someone else
                    return new Account(find(client, token, email).orElseThrow(() -> unavailable("conflict without a user")), false);
                }
                if (created.getStatus() != 201) {
                    throw unavailable("create answered " + created.getStatus());
                }
                String location = created.getHeaderString("Location");
                String subject = location.substring(location.lastIndexOf('/') + 1);
                invite(client, token, subject);
                return new Account(subject, true);
            }
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak admin API unreachable", e);
            throw unavailable("unreachable");
        } finally {
            client.close();
        }
    }

    /**
     * Asks Keycloak to e-mail the new account holder a link to set their password and verify their address (valid
     * for a week). Best effort: without it, the holder can still use "forgot password" on the sign-in page.
     */
    private void invite(Client client, String token, String subject) {
        try (Response sent = client.target(adminBase()).path("users").path(subject).path("execute-actions-email")
                .queryParam("lifespan", INVITATION_SECONDS).request().header("Authorization", "Bearer " + token)
                .put(Entity.json(Json.createArrayBuilder(REQUIRED_ACTIONS).build().toString()))) {
            if (sent.getStatus() != 204) {
                LOG.log(Level.WARNING, "Keycloak did not send the invitation of a new account: {0}", sent.getStatus());
            }
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak did not send the invitation of a new account: {0}", e.toString());
        }
    }

    /**
     * Gives the account a realm role (the coarse role a member's pages start from), if it does not have it yet.
     * The service account may map any role that is not an administration role.
     */
    public void grantRealmRole(String subject, String role) {
        Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
        try {
            String token = serviceToken(client);
            var mappings = client.target(adminBase()).path("users").path(subject).path("role-mappings/realm");
            JsonArray available;
            try (Response response = mappings.path("available").request(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + token).get()) {
                if (response.getStatus() != 200) {
                    throw unavailable("available roles answered " + response.getStatus());
                }
                available = Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readArray();
            }
            Optional<JsonObject> wanted = available.getValuesAs(JsonObject.class).stream()
                    .filter(r -> role.equals(r.getString("name", ""))).findFirst();
            if (wanted.isEmpty()) {
                return; // held already
            }
            try (Response mapped = mappings.request().header("Authorization", "Bearer " + token)
                    .post(Entity.json(Json.createArrayBuilder().add(wanted.get()).build().toString()))) {
                if (mapped.getStatus() != 204) {
                    throw unavailable("role mapping answered " + mapped.getStatus());
                }
            }
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak admin API unreachable", e);
            throw unavailable("unreachable");
        } finally {
            client.close();
        }
    }

    /** A realm account: its id, and whether it was created just now. */
    public record Account(String subject, boolean created) {
    }

    private Optional<String> find(Client client, String token, String email) {
        try (Response found = client.target(adminBase()).path("users").queryParam("email", email).queryParam("exact", true)
                .request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token).get()) {
            if (found.getStatus() != 200) {
                throw unavailable("search answered " + found.getStatus());
            }
            JsonArray users = Json.createReader(new java.io.StringReader(found.readEntity(String.class))).readArray();
            return users.getValuesAs(JsonObject.class).stream()
                    .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
                    .map(u -> u.getString("id")).findFirst();
        }
    }

    private String serviceToken(Client client) {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId).param("client_secret", clientSecret);
        try (Response response = client.target(issuer).path("protocol/openid-connect/token").request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw unavailable("token answered " + response.getStatus());
            }
            return Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readObject().getString("access_token");
        }
    }

    /** {@code http://host/realms/coop} becomes {@code http://host/admin/realms/coop}. */
    String adminBase() {
        int realms = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    /** Korean names without a space: the first syllable is the family name; otherwise the last word is. */
    static String[] split(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space > 0) {
            return new String[] {trimmed.substring(0, space).strip(), trimmed.substring(space + 1)};
        }
        if (trimmed.codePointCount(0, trimmed.length()) > 1 && Character.UnicodeScript.of(trimmed.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
            int first = trimmed.offsetByCodePoints(0, 1);
            return new String[] {trimmed.substring(first), trimmed.substring(0, first)};
        }
        return new String[] {trimmed, trimmed};
    }

    private static ProblemException unavailable(String why) {
        LOG.warning(() -> "Keycloak admin API: " + why);
        return new ProblemException(Problem.of(503, "identity-unavailable", "Sign-in service unavailable",
                "The account could not be created in the sign-in service; nothing was changed. Try again shortly."));
    }
}
