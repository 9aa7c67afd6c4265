package org.ridercoop.web.i18n;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Query-string work of the language switch: the link that chooses a language, and the address without it. */
public final class LanguageSwitch {
    private LanguageSwitch() {
    }

    /** The query string without the {@code lang} parameter; null when nothing is left. */
    public static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (!Language.PARAMETER.equals(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /** The address of the same page that switches to the language. */
    public static String link(String path, String query, Language language) {
        String rest = withoutLanguage(query);
        return samePath(path) + "?" + (rest == null ? "" : rest + "&") + Language.PARAMETER + "="
                + URLEncoder.encode(language.tag(), StandardCharsets.UTF_8);
    }

    /**
     * The request path as a link on this site: {@code //evil.example/x} (or {@code /\evil.example}) would
     * otherwise send the browser to another host.
     */
    public static String samePath(String path) {
        return path == null || path.isEmpty() ? "/" : path.replaceFirst("^[/\\\\]+", "/");
    }
}
