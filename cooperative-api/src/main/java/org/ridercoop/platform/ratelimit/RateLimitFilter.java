package org.ridercoop.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ridercoop.platform.problem.Problem;

/**
 * Applies {@link RateLimited}: after authentication, before the cooperative is even looked up, so that guessing
 * and flooding cost the caller, not the database.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class RateLimitFilter implements ContainerRequestFilter {
    private static final TokenBuckets BUCKETS = new TokenBuckets(System::nanoTime);

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        int perMinute = ConfigProvider.getConfig().getOptionalValue("coop.ratelimit." + limited.value() + ".per-minute", Integer.class)
                .orElse(60);
        long retryAfter = BUCKETS.take(limited.value() + "|" + request.getSecurityContext().getUserPrincipal().getName(), perMinute);
        if (retryAfter > 0) {
            request.abortWith(Response.status(429).header("Retry-After", Long.toString(retryAfter)).type(Problem.MEDIA)
                    .entity(Problem.of(429, "rate-limited", "Too many requests",
                            "At most " + perMinute + " of these a minute; try again in " + retryAfter + " s.")).build());
        }
    }
}
