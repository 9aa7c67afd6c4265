package org.ridercoop.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with the standard Jakarta Security OpenID Connect mechanism (authorization code flow,
 * PKCE added by {@code signin.pkce}). Tokens stay in the server-side session; the access token is refreshed
 * before API calls need it. {@code redirectToOriginalResource} stays off (Soteria 3.0 answers 500 with it,
 * eclipse-ee4j/soteria#333): {@link CallbackServlet} sends the person on instead. Signing out ends the Keycloak
 * session too (notifyProvider).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.issuer}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${oidcConfig.redirectUri}",
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcConfig.postLogoutUri}"))
public class SignInMechanism {
}
