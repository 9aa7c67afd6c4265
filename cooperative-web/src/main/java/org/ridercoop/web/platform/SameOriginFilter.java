package org.ridercoop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/** Refuses cross-site state-changing requests with 403; see {@link SameOrigin}. */
public class SameOriginFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

    @Inject
    WebSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> allowed = new HashSet<>();
        allowed.add(settings.webOrigin());
        Origins.of(request.getRequestURL().toString()).ifPresent(allowed::add);
        if (!SameOrigin.allows(request.getMethod(), request.getHeader("Origin"), request.getHeader("Referer"), allowed)) {
            LOG.warning(() -> "refused a cross-site " + request.getMethod() + " to " + request.getRequestURI()
                    + " from origin " + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
