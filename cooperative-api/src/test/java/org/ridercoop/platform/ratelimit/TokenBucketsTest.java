package org.ridercoop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenBuckets buckets = new TokenBuckets(now::get);

    @Test
    void aBurstUpToTheLimitPassesThenTheCallerWaitsForTheNextToken() {
        for (int i = 0; i < 30; i++) {
            assertThat(buckets.take("votes|rider", 30)).isZero();
        }
        // one token comes back every 2 s at 30 a minute
        assertThat(buckets.take("votes|rider", 30)).isEqualTo(2);
        // others are counted apart
        assertThat(buckets.take("votes|board", 30)).isZero();
        now.addAndGet(Duration.ofMillis(1_500).toNanos());
        assertThat(buckets.take("votes|rider", 30)).isEqualTo(1);
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take("votes|rider", 30)).isZero();
        assertThat(buckets.take("votes|rider", 30)).isPositive();
        // after a quiet minute the whole burst is back, not more
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        int passed = 0;
        while (buckets.take("votes|rider", 30) == 0) {
            passed++;
        }
        assertThat(passed).isEqualTo(30);
    }
}
