package org.ridercoop.web.platform;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Database ids in addresses: positive, and short enough for a long; anything else is a page that does not exist. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private Ids() {
    }

    public static OptionalLong parse(String raw) {
        return raw != null && ID.matcher(raw).matches() ? OptionalLong.of(Long.parseLong(raw)) : OptionalLong.empty();
    }
}
