package org.ridercoop.web.signin.pkce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorizationUrlTest {
    private static final String SOTERIA_URL = "http://localhost:8180/realms/coop/protocol/openid-connect/auth"
            + "?scope=openid+email+profile&response_type=code&client_id=coop-web"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&state=a1b2-c3&nonce=n0nce";

    @Test
    void addsTheS256ChallengeAndTheLoginLanguage() {
        Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        String url = AuthorizationUrl.withPkce(SOTERIA_URL, pkce, "en");

        assertThat(url).startsWith(SOTERIA_URL + "&");
        assertThat(AuthorizationUrl.queryParameter(url, "code_challenge")).contains("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(AuthorizationUrl.queryParameter(url, "code_challenge_method")).contains("S256");
        assertThat(AuthorizationUrl.queryParameter(url, "ui_locales")).contains("en");
        assertThat(url).doesNotContain(pkce.verifier());
    }

    @Test
    void keepsAnExistingLoginLanguageAndWorksWithoutAQuery() {
        Pkce pkce = Pkce.generate();
        assertThat(AuthorizationUrl.withPkce(SOTERIA_URL + "&ui_locales=ko", pkce, "en"))
                .containsOnlyOnce("ui_locales=");
        assertThat(AuthorizationUrl.withPkce("https://id.example/auth", pkce, null))
                .isEqualTo("https://id.example/auth?code_challenge=" + pkce.challenge() + "&code_challenge_method=S256");
    }

    @Test
    void readsDecodedQueryParameters() {
        assertThat(AuthorizationUrl.queryParameter(SOTERIA_URL, "state")).contains("a1b2-c3");
        assertThat(AuthorizationUrl.queryParameter(SOTERIA_URL, "redirect_uri")).contains("http://localhost:8080/callback");
        assertThat(AuthorizationUrl.queryParameter(SOTERIA_URL, "scope")).contains("openid email profile");
        assertThat(AuthorizationUrl.queryParameter(SOTERIA_URL, "missing")).isEmpty();
        assertThat(AuthorizationUrl.queryParameter("https://id.example/auth", "state")).isEmpty();
    }
}
