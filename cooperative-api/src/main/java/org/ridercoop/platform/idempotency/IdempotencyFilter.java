package org.ridercoop.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.ridercoop.platform.problem.ProblemException;

/**
 * Reads the {@code Idempotency-Key} of a request to an {@link Idempotent} method and fingerprints the request
 * (method, path, body), leaving the body in place for the resource. Runs after authentication and tenancy.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    @Context
    ResourceInfo resourceInfo;

    @Inject
    IdempotentRequest current;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null || resourceInfo.getResourceMethod() == null
                || !resourceInfo.getResourceMethod().isAnnotationPresent(Idempotent.class)) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(Idempotent.HEADER, "8 to 100 letters, digits, '.', '_', ':' or '-' (a UUID will do)");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            current.set(key, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
