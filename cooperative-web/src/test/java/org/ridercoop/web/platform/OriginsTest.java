package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void originIsSchemeHostAndNonDefaultPort() {
        assertThat(Origins.of("http://localhost:8180/realms/coop")).contains("http://localhost:8180");
        assertThat(Origins.of("HTTPS://Coop.Example:443/x?y")).contains("https://coop.example");
        assertThat(Origins.of("http://coop.example:80")).contains("http://coop.example");
        assertThat(Origins.of("/relative")).isEmpty();
        assertThat(Origins.of("null")).isEmpty();
        assertThat(Origins.of(null)).isEmpty();
        assertThat(Origins.of("http://bad host")).isEmpty();
    }

    @Test
    void onlyLoopbackAddressesAreLocal() {
        assertThat(Origins.isLoopback("http://localhost:8080")).isTrue();
        assertThat(Origins.isLoopback("http://127.0.0.1:18080/")).isTrue();
        assertThat(Origins.isLoopback("https://ridercoop.example")).isFalse();
        assertThat(Origins.isLoopback("http://localhost.example.com")).isFalse();
    }
}
