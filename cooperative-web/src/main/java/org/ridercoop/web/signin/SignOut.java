package org.ridercoop.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The sign-out button (a POST form, so it carries the view state). {@code request.logout()} lets the OpenID
 * Connect mechanism invalidate the session and redirect to Keycloak's end-session endpoint, which ends the
 * Keycloak session and sends the browser back to the landing page.
 */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        if (!external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + "/");
        }
        faces.responseComplete();
    }
}
