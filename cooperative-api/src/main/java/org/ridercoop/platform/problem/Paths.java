package org.ridercoop.platform.problem;

import jakarta.ws.rs.core.UriInfo;

final class Paths {
    private Paths() {
    }

    /** The request path, as the {@code instance} of a problem. */
    static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
