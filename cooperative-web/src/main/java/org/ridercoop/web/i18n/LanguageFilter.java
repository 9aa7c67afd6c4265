package org.ridercoop.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.ridercoop.web.platform.WebSettings;

/**
 * {@code GET any-page?lang=en}: remembers the choice in a cookie for a year and sends the browser back to the
 * same page without the parameter, so the address stays clean and a reload keeps the language. The choice is
 * a preference, not a change of state the application guards (no CSRF token needed for it).
 */
public class LanguageFilter extends HttpFilter {
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    WebSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter(Language.PARAMETER);
        if (requested == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Language.parse(requested).ifPresent(language -> {
            Cookie cookie = new Cookie(Language.COOKIE, language.tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(settings.secureCookies());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        String rest = LanguageSwitch.withoutLanguage(request.getQueryString());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(LanguageSwitch.samePath(request.getRequestURI()) + (rest == null ? "" : "?" + rest));
    }
}
