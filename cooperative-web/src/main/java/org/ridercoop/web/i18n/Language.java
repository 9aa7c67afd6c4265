package org.ridercoop.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/** The languages of the web app: Korean unless the person chose English (remembered in a cookie). */
public enum Language {
    KO("ko", "한국어"),
    EN("en", "English");

    public static final Language DEFAULT = KO;
    public static final String COOKIE = "coop_lang";
    public static final String PARAMETER = "lang";

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** BCP 47 tag, as in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, for the switch. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language to offer in the switch. */
    public Language other() {
        return this == KO ? EN : KO;
    }

    /** A supported language from a tag such as "en", "EN" or "en-US"; empty for anything else. */
    public static Optional<Language> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String primary = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The chosen language (the cookie's value) or Korean. */
    public static Language resolve(String cookieValue) {
        return parse(cookieValue).orElse(DEFAULT);
    }

    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return resolve(cookie.getValue());
                }
            }
        }
        return DEFAULT;
    }
}
