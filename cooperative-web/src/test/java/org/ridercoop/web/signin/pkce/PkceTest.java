package org.ridercoop.web.signin.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void s256ChallengeMatchesTheExampleOfRfc7636AppendixB() {
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void generatedVerifiersAreLongEnoughUnreservedAndFresh() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Pkce pkce = Pkce.generate();
            assertThat(pkce.verifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(pkce.challenge()).isEqualTo(Pkce.challengeOf(pkce.verifier())).hasSize(43);
            assertThat(seen.add(pkce.verifier())).isTrue();
        }
    }

    @Test
    void refusesVerifiersOutsideTheRfcAlphabetOrLength() {
        assertThatThrownBy(() -> Pkce.of("too-short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pkce.of("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pkce.of("a".repeat(42) + "+")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pkce.of("a".repeat(128)).verifier()).hasSize(128);
    }

    @Test
    void aChallengeMustBelongToItsVerifier() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThatThrownBy(() -> new Pkce(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cX"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringDoesNotRevealTheVerifier() {
        Pkce pkce = Pkce.generate();
        assertThat(pkce.toString()).doesNotContain(pkce.verifier()).contains(pkce.challenge());
    }
}
