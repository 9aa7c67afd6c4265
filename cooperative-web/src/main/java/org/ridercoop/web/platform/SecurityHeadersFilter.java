package org.ridercoop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Puts {@link SecurityHeaders} on every response, error pages and redirects included, and keeps pages (which
 * show personal data) out of shared and browser caches. Static resources keep the caching Faces gives them.
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    WebSettings settings;

    private Map<String, String> headers;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        headers = settings.securityHeaders();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.forEach(response::setHeader);
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
