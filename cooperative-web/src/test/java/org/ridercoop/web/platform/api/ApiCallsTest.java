package org.ridercoop.web.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.home.entity.Lookup.Reason;

class ApiCallsTest {

    @Test
    void notFoundAndForbiddenAreAnswersRefusalsCarryTheProblemTheRestAreFailures() {
        assertThat(ApiCalls.answerFor(problem(404, null), "test")).isEqualTo(new Answer.NotFound<>());
        assertThat(ApiCalls.answerFor(problem(403, null), "test")).isEqualTo(new Answer.Forbidden<>());
        assertThat(ApiCalls.answerFor(problem(401, null), "test")).isEqualTo(new Answer.Failed<>(Reason.SIGN_IN_AGAIN));
        assertThat(ApiCalls.answerFor(problem(500, null), "test")).isEqualTo(new Answer.Failed<>(Reason.UNEXPECTED));
        for (int status : new int[] {400, 409, 422}) {
            Problem refused = problem(status, "urn:ridercoop:problem:share-cap");
            assertThat(ApiCalls.answerFor(refused, "test")).isEqualTo(new Answer.Refused<>(refused));
        }
        Problem tooMany = problem(429, "urn:ridercoop:problem:rate-limited");
        assertThat(ApiCalls.answerFor(tooMany, "test")).as("too many votes in a minute: told, not logged as a failure")
                .isEqualTo(new Answer.Refused<>(tooMany));
        assertThat(Refusal.of(tooMany).messageKey()).isEqualTo("problem.rate-limited");
    }

    @Test
    void theCallCarriesTheBearerTokenAndNeverThrows() {
        ApiCalls calls = SignedIn.calls("abc");
        assertThat(calls.call("test", bearer -> bearer)).isEqualTo(new Answer.Found<>("Bearer abc"));
        assertThat(calls.call("test", bearer -> {
            throw new ApiProblem(problem(409, "urn:ridercoop:problem:already-member"));
        })).isInstanceOf(Answer.Refused.class);
        assertThat(calls.call("test", bearer -> {
            throw new ProcessingException("connection refused");
        })).isEqualTo(new Answer.Failed<>(Reason.UNAVAILABLE));
        assertThat(calls.call("test", bearer -> {
            throw new IllegalStateException("bad JSON");
        })).isEqualTo(new Answer.Failed<>(Reason.UNEXPECTED));
    }

    @Test
    void withoutATokenThePersonIsAskedToSignInAgainAndTheApiIsNotCalled() {
        ApiCalls calls = new ApiCalls();
        calls.openIdContext = Fakes.of(OpenIdContext.class, Map.of("getAccessToken", args -> null));
        assertThat(calls.call("test", bearer -> {
            throw new AssertionError("called");
        })).isEqualTo(new Answer.Failed<>(Reason.SIGN_IN_AGAIN));
    }

    static Problem problem(int status, String type) {
        return new Problem(type, null, status, null, List.of());
    }
}
