package org.ridercoop.web.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Web origins (RFC 6454) of configured addresses and of request headers. */
public final class Origins {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private Origins() {
    }

    /** scheme://host[:port] in lower case, without the default port; empty when the text is not an absolute URL. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True for addresses on this machine, where cookies cannot be Secure over plain HTTP. */
    public static boolean isLoopback(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
