package org.ridercoop.web.signin.pkce;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading and extending the authorization request URL that Soteria builds. */
public final class AuthorizationUrl {
    private AuthorizationUrl() {
    }

    /** The URL with the PKCE challenge and, when given, the language the login page should speak. */
    public static String withPkce(String url, Pkce pkce, String uiLocale) {
        StringBuilder result = new StringBuilder(url);
        append(result, "code_challenge", pkce.challenge());
        append(result, "code_challenge_method", Pkce.METHOD);
        if (uiLocale != null && !uiLocale.isBlank() && queryParameter(url, "ui_locales").isEmpty()) {
            append(result, "ui_locales", uiLocale);
        }
        return result.toString();
    }

    /** The decoded value of the first query parameter with that name. */
    public static Optional<String> queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void append(StringBuilder url, String name, String value) {
        int hash = url.indexOf("#");
        if (hash >= 0) {
            throw new IllegalArgumentException("an authorization request has no fragment");
        }
        url.append(url.indexOf("?") < 0 ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
