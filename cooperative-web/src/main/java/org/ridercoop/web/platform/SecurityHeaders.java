package org.ridercoop.web.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries. The policy allows no inline script or style and no framing; forms may
 * post to this app only, and navigate on to Keycloak (sign-out is a POST that the server answers with a redirect
 * to Keycloak's end-session endpoint, and browsers check form-action against that redirect too).
 */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    public static String contentSecurityPolicy(String keycloakOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "frame-ancestors 'none'",
                "form-action 'self' " + keycloakOrigin,
                "base-uri 'self'");
    }

    public static Map<String, String> forPages(String keycloakOrigin, boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy(keycloakOrigin));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        return headers;
    }
}
