package org.ridercoop.web.platform;

import java.util.Set;

/**
 * Second line of defence against cross-site request forgery, beside Faces' server-side view state: a request that
 * changes something (POST, PUT, PATCH, DELETE) is refused when its Origin (or, without one, its Referer) names
 * another site. Browsers send Origin on every cross-site POST, so a forged form post is caught here even before
 * Faces looks for the view state it cannot know.
 */
public final class SameOrigin {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOrigin() {
    }

    /**
     * @param allowed the origins of this app (the configured one and the one the request came in on)
     */
    public static boolean allows(String method, String originHeader, String referer, Set<String> allowed) {
        if (SAFE.contains(method)) {
            return true;
        }
        if (originHeader != null) {
            return Origins.of(originHeader).filter(allowed::contains).isPresent();
        }
        if (referer != null) {
            return Origins.of(referer).filter(allowed::contains).isPresent();
        }
        return true;
    }
}
