package org.ridercoop.web.home.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.home.entity.Lookup;
import org.ridercoop.web.home.entity.Lookup.Reason;

/**
 * Asks the API who is signed in, with the person's own access token, once per request. Failures become a
 * {@link Lookup.Failed} with a reason for the page, and a log line for the operator; never an exception page.
 */
@RequestScoped
public class IdentityLookup {
    private static final Logger LOG = Logger.getLogger(IdentityLookup.class.getName());

    @Inject
    @RestClient
    MeClient api;

    @Inject
    OpenIdContext openIdContext;

    private Lookup result;

    public Lookup me() {
        if (result == null) {
            result = fetch();
        }
        return result;
    }

    private Lookup fetch() {
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            return new Lookup.Failed(Reason.SIGN_IN_AGAIN);
        }
        try {
            return new Lookup.Found(api.me("Bearer " + token.getToken()));
        } catch (WebApplicationException e) {
            return failed(reasonFor(e.getResponse().getStatus()), "the API answered " + e.getResponse().getStatus(), null);
        } catch (ProcessingException e) {
            return failed(Reason.UNAVAILABLE, "the API did not answer", e);
        } catch (RuntimeException e) {
            return failed(Reason.UNEXPECTED, "calling the API failed", e);
        }
    }

    static Reason reasonFor(int status) {
        return status == 401 || status == 403 ? Reason.SIGN_IN_AGAIN : Reason.UNEXPECTED;
    }

    private static Lookup failed(Reason reason, String what, Throwable cause) {
        LOG.log(Level.WARNING, "GET /me: " + what + " (" + reason + ")", cause);
        return new Lookup.Failed(reason);
    }
}
