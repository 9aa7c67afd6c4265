package org.ridercoop.membership.control;

import java.util.Map;
import java.util.Optional;

/** §22: no member may hold more than 30% of all shares. */
public final class ShareCap {
    public static final int PERCENT = 30;

    private ShareCap() {
    }

    /**
     * The first holder over the cap, if any. Exact integer arithmetic: {@code shares * 100 > total * 30}.
     *
     * @param sharesByHolder the shares of every holder that counts (active members)
     */
    public static <K> Optional<K> firstOverCap(Map<K, Integer> sharesByHolder) {
        long total = sharesByHolder.values().stream().mapToLong(Integer::longValue).sum();
        return sharesByHolder.entrySet().stream()
                .filter(e -> (long) e.getValue() * 100 > total * PERCENT)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
