package org.ridercoop.payouts.entity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number of won among shares in proportion to their measures, exactly: each part is the floor of its
 * exact share, and the won left over go one each to the largest remainders. So the parts sum to the pool, each is
 * within one won of its exact share, and a larger measure never gets less (a tie in remainder goes to the larger
 * measure, then to the lower key: the same input always gives the same split).
 */
public final class LargestRemainder {
    /** A member's measure (hours in minutes, deliveries, won earned, or a weighted mix, as a whole number). */
    public record Share(long key, BigInteger measure) {
        public Share {
            if (measure.signum() < 0) {
                throw new IllegalArgumentException("a measure is not negative");
            }
        }
    }

    /** A part: the whole won, and the exact share as a fraction numerator / denominator for showing it. */
    public record Part(long key, BigInteger measure, long won, BigInteger numerator, BigInteger denominator) {
    }

    private LargestRemainder() {
    }

    /** @return the parts in the order of the shares; nothing when the measures sum to 0 */
    public static List<Part> split(long poolWon, List<Share> shares) {
        if (poolWon < 0) {
            throw new IllegalArgumentException("the pool is not negative");
        }
        BigInteger total = shares.stream().map(Share::measure).reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            if (poolWon > 0 && !shares.isEmpty()) {
                throw new IllegalArgumentException("nothing to split the pool by");
            }
            return shares.stream().map(s -> new Part(s.key(), s.measure(), 0, BigInteger.ZERO, BigInteger.ONE)).toList();
        }
        BigInteger pool = BigInteger.valueOf(poolWon);
        long[] won = new long[shares.size()];
        BigInteger[] remainder = new BigInteger[shares.size()];
        long given = 0;
        for (int i = 0; i < shares.size(); i++) {
            BigInteger[] division = pool.multiply(shares.get(i).measure()).divideAndRemainder(total);
            won[i] = division[0].longValueExact();
            remainder[i] = division[1];
            given += won[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainder[i]).reversed()
                .thenComparing(Comparator.<Integer, BigInteger>comparing(i -> shares.get(i).measure()).reversed())
                .thenComparingLong(i -> shares.get(i).key()));
        for (int k = 0; k < poolWon - given; k++) {
            won[order.get(k)]++;
        }
        List<Part> parts = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            parts.add(new Part(shares.get(i).key(), shares.get(i).measure(), won[i], pool.multiply(shares.get(i).measure()), total));
        }
        return parts;
    }
}
