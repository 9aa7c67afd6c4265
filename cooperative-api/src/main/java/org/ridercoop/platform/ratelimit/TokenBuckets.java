package org.ridercoop.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key: each holds up to {@code capacity} tokens and gains them back at {@code capacity} a
 * minute; a call takes one. Pure logic with a clock, so that it can be tested without waiting.
 */
public final class TokenBuckets {
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    /** Above this many keys, full buckets (people idle for a minute) are forgotten. */
    private static final int TIDY_ABOVE = 50_000;

    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Takes a token for {@code key}.
     *
     * @return 0 if the call may go ahead, else the seconds (at least 1) until a token is back
     */
    public long take(String key, int capacity) {
        if (buckets.size() > TIDY_ABOVE) {
            long now = nanoClock.getAsLong();
            buckets.values().removeIf(b -> b.fullAt(now, capacity));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoClock.getAsLong())).take(nanoClock.getAsLong(), capacity);
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized long take(long now, int capacity) {
            refill(now, capacity);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToOne = (1 - tokens) * MINUTE / capacity;
            return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
        }

        synchronized boolean fullAt(long now, int capacity) {
            refill(now, capacity);
            return tokens >= capacity;
        }

        private void refill(long now, int capacity) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) * capacity / MINUTE);
            updated = now;
        }
    }
}
