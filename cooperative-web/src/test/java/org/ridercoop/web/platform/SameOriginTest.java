package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginTest {
    private static final Set<String> APP = Set.of("http://localhost:8080");

    @Test
    void readsAreNeverRefused() {
        assertThat(SameOrigin.allows("GET", "https://evil.example", null, APP)).isTrue();
        assertThat(SameOrigin.allows("HEAD", null, "https://evil.example/x", APP)).isTrue();
    }

    @Test
    void postsFromThisAppPass() {
        assertThat(SameOrigin.allows("POST", "http://localhost:8080", null, APP)).isTrue();
        assertThat(SameOrigin.allows("POST", null, "http://localhost:8080/home", APP)).isTrue();
    }

    @Test
    void postsFromOtherSitesAreRefused() {
        assertThat(SameOrigin.allows("POST", "https://evil.example", "http://localhost:8080/home", APP)).isFalse();
        assertThat(SameOrigin.allows("POST", "http://localhost:8081", null, APP)).isFalse();
        assertThat(SameOrigin.allows("POST", "null", null, APP)).isFalse();
        assertThat(SameOrigin.allows("DELETE", null, "https://evil.example/", APP)).isFalse();
    }

    @Test
    void postsWithoutOriginOrRefererAreLeftToTheViewStateCheck() {
        assertThat(SameOrigin.allows("POST", null, null, APP)).isTrue();
    }
}
