package org.ridercoop.web.platform.api;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Map;
import org.ridercoop.web.Fakes;

/** {@link ApiCalls} for page tests: a signed-in person whose access token is the one given. */
public final class SignedIn {
    private SignedIn() {
    }

    public static ApiCalls calls(String token) {
        ApiCalls calls = new ApiCalls();
        AccessToken accessToken = Fakes.of(AccessToken.class, Map.of("getToken", args -> token));
        calls.openIdContext = Fakes.of(OpenIdContext.class, Map.of("getAccessToken", args -> accessToken));
        return calls;
    }
}
