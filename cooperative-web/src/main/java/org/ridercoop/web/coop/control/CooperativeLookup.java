package org.ridercoop.web.coop.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Member;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.home.entity.Lookup.Reason;

/**
 * Asks the API about one cooperative with the person's own access token; the API decides what they may see.
 * 404 and 403 are answers for the page; anything else becomes a {@link Answer.Failed} and a log line.
 */
@RequestScoped
public class CooperativeLookup {
    private static final Logger LOG = Logger.getLogger(CooperativeLookup.class.getName());

    @Inject
    @RestClient
    CooperativeClient api;

    @Inject
    OpenIdContext openIdContext;

    public Answer<Cooperative> cooperative(long id) {
        return call("GET /coops/" + id, bearer -> api.cooperative(bearer, id));
    }

    public Answer<List<Officer>> board(long id) {
        return call("GET /coops/" + id + "/board", bearer -> api.board(bearer, id));
    }

    public Answer<List<Member>> members(long id) {
        return call("GET /coops/" + id + "/members", bearer -> api.members(bearer, id));
    }

    private <T> Answer<T> call(String what, Function<String, T> request) {
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            return new Answer.Failed<>(Reason.SIGN_IN_AGAIN);
        }
        try {
            return new Answer.Found<>(request.apply("Bearer " + token.getToken()));
        } catch (WebApplicationException e) {
            return answerFor(e.getResponse().getStatus(), what);
        } catch (ProcessingException e) {
            return failed(Reason.UNAVAILABLE, what + ": the API did not answer", e);
        } catch (RuntimeException e) {
            return failed(Reason.UNEXPECTED, what + ": calling the API failed", e);
        }
    }

    static <T> Answer<T> answerFor(int status, String what) {
        return switch (status) {
            case 404 -> new Answer.NotFound<>();
            case 403 -> new Answer.Forbidden<>();
            case 401 -> failed(Reason.SIGN_IN_AGAIN, what + ": the API answered 401", null);
            default -> failed(Reason.UNEXPECTED, what + ": the API answered " + status, null);
        };
    }

    private static <T> Answer<T> failed(Reason reason, String what, Throwable cause) {
        LOG.log(Level.WARNING, what + " (" + reason + ")", cause);
        return new Answer.Failed<>(reason);
    }
}
