package org.ridercoop.web.signin;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ridercoop.web.platform.WebSettings;

/**
 * Keycloak's redirect back ({@code /callback?code=…&state=…}). The OpenID Connect mechanism has already
 * exchanged the code by the time this runs; this only sends the person on to the page that asked them to sign in
 * (kept by the mechanism in the session), or back to the landing page when the sign-in did not complete.
 * The session gets a new id here.
 * Not a protected URL: the mechanism must see the code here, not start another sign-in.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {
    public static final String PATH = "/callback";
    static final String HOME = "/home";

    @Inject
    OpenIdContext openIdContext;

    @Inject
    WebSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(context + "/?signin=failed");
            return;
        }
        // a new session id for the signed-in session: an id planted before sign-in is worth nothing after it
        request.changeSessionId();
        String target = openIdContext.<String>getStoredValue(request, response, OpenIdConstant.ORIGINAL_REQUEST)
                .filter(this::isOwnPage)
                .orElse(context + HOME);
        response.sendRedirect(target);
    }

    private boolean isOwnPage(String url) {
        String base = settings.webUrl() + "/";
        return url.startsWith(base) && !url.startsWith(base + PATH.substring(1));
    }
}
