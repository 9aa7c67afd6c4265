package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void policyAllowsNoInlineCodeAndNoFraming() {
        String csp = SecurityHeaders.contentSecurityPolicy("http://localhost:8180");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self' http://localhost:8180");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void everyPageGetsTheBasicHeadersAndHstsOnlyOverHttps() {
        Map<String, String> local = SecurityHeaders.forPages("http://localhost:8180", false);
        assertThat(local).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsKey("Content-Security-Policy")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.forPages("https://id.example", true)).containsKey("Strict-Transport-Security");
    }
}
