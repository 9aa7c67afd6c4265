package org.ridercoop.web.signin.pkce;

import jakarta.enterprise.inject.Vetoed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.CharBuffer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.glassfish.soteria.mechanisms.openid.controller.TokenController;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdConfiguration;

/**
 * Soteria's token request (authorization code grant) plus the PKCE {@code code_verifier} that
 * {@link PkceAuthenticationController} kept for the request's state. The form is otherwise the one Soteria 3.0
 * sends (client_secret_post); token refresh and token validation stay Soteria's own.
 */
@Vetoed
public class PkceTokenController extends TokenController implements AutoCloseable {
    private final Supplier<OpenIdConfiguration> configuration;
    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();

    /** @param configuration the mechanism's configuration of the current request */
    public PkceTokenController(Supplier<OpenIdConfiguration> configuration) {
        this.configuration = configuration;
    }

    @Override
    public Response getTokens(HttpServletRequest request) {
        OpenIdConfiguration config = configuration.get();
        Form form = new Form()
                .param("client_id", config.getClientId())
                .param("client_secret", CharBuffer.wrap(config.getClientSecret()).toString())
                .param("grant_type", "authorization_code")
                .param("code", request.getParameter("code"))
                .param("redirect_uri", config.buildRedirectURI(request));
        PendingVerifiers.take(request.getSession(false), request.getParameter("state"))
                .ifPresent(verifier -> form.param("code_verifier", verifier));
        return client.target(config.getProviderMetadata().getTokenEndpoint())
                .request()
                .accept(MediaType.APPLICATION_JSON)
                .post(Entity.form(form));
    }

    @Override
    public void close() {
        client.close();
    }
}
