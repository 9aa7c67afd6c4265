package org.ridercoop.web.signin.pkce;

import jakarta.enterprise.inject.Vetoed;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.Consumer;
import org.glassfish.soteria.mechanisms.openid.controller.AuthenticationController;
import org.ridercoop.web.i18n.Language;

/**
 * Soteria's authorization request plus PKCE. Soteria 3.0 builds the request URL and sends the redirect in one
 * method, so the redirect is caught on its way out: a fresh verifier is stored in the session under the request's
 * state and its S256 challenge is added to the URL (with {@code ui_locales}, so that Keycloak's login page speaks
 * the language the person chose here). {@link PkceExtension} makes CDI create this class where Soteria's bean
 * would be, so Soteria injects its own collaborators into it as usual.
 */
@Vetoed
public class PkceAuthenticationController extends AuthenticationController {
    private final Consumer<HttpServletResponse> beforeRedirect;

    /**
     * @param beforeRedirect what to put on the redirect response first (the security headers: this response
     *                       is written before any servlet filter runs)
     */
    public PkceAuthenticationController(Consumer<HttpServletResponse> beforeRedirect) {
        this.beforeRedirect = beforeRedirect;
    }

    @Override
    public AuthenticationStatus authenticateUser(HttpServletRequest request, HttpServletResponse response) {
        Pkce pkce = Pkce.generate();
        String uiLocale = Language.of(request).tag();
        return super.authenticateUser(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                String state = AuthorizationUrl.queryParameter(location, "state")
                        .orElseThrow(() -> new IllegalStateException("authorization request without state"));
                PendingVerifiers.remember(request.getSession(true), state, pkce.verifier());
                beforeRedirect.accept(response);
                super.sendRedirect(AuthorizationUrl.withPkce(location, pkce, uiLocale));
            }
        });
    }
}
