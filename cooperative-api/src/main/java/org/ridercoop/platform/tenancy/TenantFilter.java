package org.ridercoop.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;

/**
 * Resolves the cooperative of a request below {@code /coops/{coopId}} and checks the caller's relation with it,
 * before the resource method runs. No relation at all: 404, exactly as for a cooperative that does not exist
 * (unless the method is open to {@link Relation#ANYONE}, such as applying for membership).
 * A relation, but not one the method allows: 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class TenantFilter implements ContainerRequestFilter {
    public static final String COOP_ID = "coopId";

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Caller caller;

    @Inject
    Relations relations;

    @Inject
    Tenant tenant;

    @Inject
    OwnedIdentifiers identifiers;

    @Override
    public void filter(ContainerRequestContext request) {
        CoopAccess access = accessOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (access == null) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"coop\"");
        }
        String raw = request.getUriInfo().getPathParameters().getFirst(COOP_ID);
        long coopId;
        try {
            coopId = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Cooperative " + raw);
        }
        Set<Relation> found = relations.of(coopId, caller.subject(), caller.verifiedEmail().orElse(null),
                caller.roles().contains(Roles.ADMIN), caller.roles().contains(Roles.CONSULTANT));
        boolean stranger = found.stream().allMatch(r -> r == Relation.ANYONE);
        boolean openToAnyone = Arrays.asList(access.value()).contains(Relation.ANYONE);
        if (found.isEmpty() || stranger && !openToAnyone) {
            throw ProblemException.notFound("Cooperative " + coopId);
        }
        if (Arrays.stream(access.value()).noneMatch(found::contains)) {
            throw ProblemException.forbidden("This needs one of " + Arrays.toString(access.value()) + " in this cooperative.");
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (!COOP_ID.equals(name) && !identifiers.belongs(coopId, name, values.get(0))) {
                throw ProblemException.notFound(name + " " + values.get(0));
            }
        });
        tenant.resolve(coopId, found);
    }

    static CoopAccess accessOf(Method method, Class<?> type) {
        if (method != null && method.isAnnotationPresent(CoopAccess.class)) {
            return method.getAnnotation(CoopAccess.class);
        }
        return type == null ? null : type.getAnnotation(CoopAccess.class);
    }
}
