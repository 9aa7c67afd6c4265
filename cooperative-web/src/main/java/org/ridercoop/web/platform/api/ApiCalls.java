package org.ridercoop.web.platform.api;

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
import org.ridercoop.web.home.entity.Lookup.Reason;

/**
 * One call to cooperative-api with the signed-in person's access token, turned into an {@link Answer}: never an
 * exception page. 404 and 403 are answers a page shows its own way; 400, 409, 422 and 429 are the API refusing a
 * change, with its reasons; everything else is a failure with a log line for the operator.
 */
@RequestScoped
public class ApiCalls {
    private static final Logger LOG = Logger.getLogger(ApiCalls.class.getName());

    @Inject
    OpenIdContext openIdContext;

    /** {@code request} gets the Authorization header value ("Bearer …"); {@code what} names the call in logs. */
    public <T> Answer<T> call(String what, Function<String, T> request) {
        AccessToken token = openIdContext.getAccessToken();
        if (token == null || token.getToken() == null) {
            return new Answer.Failed<>(Reason.SIGN_IN_AGAIN);
        }
        try {
            return new Answer.Found<>(request.apply("Bearer " + token.getToken()));
        } catch (ApiProblem e) {
            return answerFor(e.problem(), what);
        } catch (WebApplicationException e) {
            return answerFor(new Problem(null, null, e.getResponse().getStatus(), null, List.of()), what);
        } catch (ProcessingException e) {
            return failed(Reason.UNAVAILABLE, what + ": the API did not answer", e);
        } catch (RuntimeException e) {
            return failed(Reason.UNEXPECTED, what + ": calling the API failed", e);
        }
    }

    public static <T> Answer<T> answerFor(Problem problem, String what) {
        return switch (problem.status()) {
            case 404 -> new Answer.NotFound<>();
            case 403 -> new Answer.Forbidden<>();
            case 401 -> failed(Reason.SIGN_IN_AGAIN, what + ": the API answered 401", null);
            // 429: too many votes in a minute; the person is told to wait, the operator needs no log line
            case 400, 409, 422, 429 -> new Answer.Refused<>(problem);
            default -> failed(Reason.UNEXPECTED, what + ": the API answered " + problem.status() + " " + problem.type(), null);
        };
    }

    private static <T> Answer<T> failed(Reason reason, String what, Throwable cause) {
        LOG.log(Level.WARNING, what + " (" + reason + ")", cause);
        return new Answer.Failed<>(reason);
    }
}
