package org.ridercoop.web.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.home.entity.Lookup;
import org.ridercoop.web.home.entity.Lookup.Reason;
import org.ridercoop.web.home.entity.Me;

class IdentityLookupTest {
    private static final Me RIDER = new Me("sub-1", "rider", "김민준", "rider@ridercoop.example", List.of("rider"), null);

    @Test
    void asksTheApiOncePerRequestWithThePersonsBearerToken() {
        AtomicInteger calls = new AtomicInteger();
        IdentityLookup lookup = lookup("the-access-token", authorization -> {
            calls.incrementAndGet();
            assertThat(authorization).isEqualTo("Bearer the-access-token");
            return RIDER;
        });

        assertThat(lookup.me()).isEqualTo(new Lookup.Found(RIDER));
        assertThat(lookup.me().person()).contains(RIDER);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anApiThatDoesNotAnswerIsReportedNotThrown() {
        IdentityLookup lookup = lookup("t", authorization -> {
            throw new ProcessingException(new ConnectException("Connection refused"));
        });
        assertThat(lookup.me()).isEqualTo(new Lookup.Failed(Reason.UNAVAILABLE));
        assertThat(lookup.me().person()).isEmpty();
    }

    @Test
    void anythingElseGoingWrongIsUnexpected() {
        IdentityLookup lookup = lookup("t", authorization -> {
            throw new IllegalStateException("unreadable body");
        });
        assertThat(lookup.me()).isEqualTo(new Lookup.Failed(Reason.UNEXPECTED));
    }

    @Test
    void withoutAnAccessTokenThePersonMustSignInAgain() {
        IdentityLookup lookup = lookup(null, authorization -> RIDER);
        assertThat(lookup.me()).isEqualTo(new Lookup.Failed(Reason.SIGN_IN_AGAIN));
    }

    @Test
    void aRefusedTokenAsksForANewSignInAnyOtherStatusIsUnexpected() {
        assertThat(IdentityLookup.reasonFor(401)).isEqualTo(Reason.SIGN_IN_AGAIN);
        assertThat(IdentityLookup.reasonFor(403)).isEqualTo(Reason.SIGN_IN_AGAIN);
        assertThat(IdentityLookup.reasonFor(500)).isEqualTo(Reason.UNEXPECTED);
        assertThat(IdentityLookup.reasonFor(404)).isEqualTo(Reason.UNEXPECTED);
    }

    private static IdentityLookup lookup(String token, MeClient api) {
        IdentityLookup lookup = new IdentityLookup();
        lookup.api = api;
        AccessToken accessToken = token == null ? null
                : Fakes.of(AccessToken.class, Map.of("getToken", args -> token));
        lookup.openIdContext = Fakes.of(OpenIdContext.class, Map.of("getAccessToken", args -> accessToken));
        return lookup;
    }
}
