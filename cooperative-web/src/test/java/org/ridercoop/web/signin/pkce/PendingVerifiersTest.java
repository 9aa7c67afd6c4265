package org.ridercoop.web.signin.pkce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingVerifiersTest {

    @Test
    void aVerifierIsFoundByItsStateOnlyOnce() {
        PendingVerifiers pending = new PendingVerifiers();
        pending.put("state-1", "verifier-1");
        pending.put("state-2", "verifier-2");

        assertThat(pending.remove("state-1")).contains("verifier-1");
        assertThat(pending.remove("state-1")).isEmpty();
        assertThat(pending.remove("state-2")).contains("verifier-2");
        assertThat(pending.remove("unknown")).isEmpty();
    }

    @Test
    void keepsOnlyTheLatestSignIns() {
        PendingVerifiers pending = new PendingVerifiers();
        for (int i = 0; i < PendingVerifiers.LIMIT + 2; i++) {
            pending.put("state-" + i, "verifier-" + i);
        }
        assertThat(pending.remove("state-0")).isEmpty();
        assertThat(pending.remove("state-1")).isEmpty();
        assertThat(pending.remove("state-" + (PendingVerifiers.LIMIT + 1))).contains("verifier-" + (PendingVerifiers.LIMIT + 1));
    }
}
