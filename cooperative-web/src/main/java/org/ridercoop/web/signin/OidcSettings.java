package org.ridercoop.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ridercoop.web.platform.WebSettings;

/**
 * The OpenID Connect client settings, read by the mechanism definition through EL ({@code ${oidcConfig.…}}):
 * COOP_OIDC_ISSUER, COOP_WEB_CLIENT_ID, COOP_WEB_CLIENT_SECRET, COOP_WEB_URL.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcSettings {

    @Inject
    WebSettings web;

    @Inject
    @ConfigProperty(name = "coop.web.client-id", defaultValue = "coop-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "coop.web.client-secret", defaultValue = "local-web-client-secret")
    String clientSecret;

    public String getIssuer() {
        return web.issuer();
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak accepts exactly this redirect for coop-web. */
    public String getRedirectUri() {
        return web.webUrl() + CallbackServlet.PATH;
    }

    /** Where Keycloak sends the browser after sign-out: the public landing page. */
    public String getPostLogoutUri() {
        return web.webUrl() + "/";
    }
}
