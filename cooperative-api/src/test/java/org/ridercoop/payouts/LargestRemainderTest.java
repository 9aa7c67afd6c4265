package org.ridercoop.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ridercoop.payouts.entity.LargestRemainder;

class LargestRemainderTest {

    private static List<LargestRemainder.Share> shares(int members, long seed, long maxMeasure) {
        Random random = new Random(seed);
        List<LargestRemainder.Share> shares = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            // some ties and some zeros on purpose
            long measure = random.nextInt(10) == 0 ? 0 : random.nextInt(4) == 0 ? 1_000 : 1 + (long) (random.nextDouble() * maxMeasure);
            shares.add(new LargestRemainder.Share(i + 1, BigInteger.valueOf(measure)));
        }
        if (shares.stream().allMatch(s -> s.measure().signum() == 0)) {
            shares.set(0, new LargestRemainder.Share(1, BigInteger.ONE));
        }
        return shares;
    }

    @Property(tries = 300)
    void thePartsSumToThePoolEachIsWithinAWonOfItsShareAndALargerMeasureNeverGetsLess(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long pool,
            @ForAll @IntRange(min = 1, max = 10_000) int members,
            @ForAll long seed,
            @ForAll @LongRange(min = 1, max = 10_000_000L) long maxMeasure) {
        List<LargestRemainder.Share> shares = shares(members, seed, maxMeasure);
        List<LargestRemainder.Part> parts = LargestRemainder.split(pool, shares);
        assertThat(parts.stream().mapToLong(LargestRemainder.Part::won).sum()).isEqualTo(pool);
        for (LargestRemainder.Part part : parts) {
            // |won - numerator/denominator| < 1  <=>  |won * denominator - numerator| < denominator
            BigInteger gap = BigInteger.valueOf(part.won()).multiply(part.denominator()).subtract(part.numerator()).abs();
            assertThat(gap).isLessThan(part.denominator());
            assertThat(part.won()).isNotNegative();
        }
        List<LargestRemainder.Part> byMeasure = new ArrayList<>(parts);
        // by measure, and among equal measures by part: a larger measure must never get less than a smaller one's part
        byMeasure.sort(java.util.Comparator.comparing(LargestRemainder.Part::measure).thenComparingLong(LargestRemainder.Part::won));
        for (int i = 1; i < byMeasure.size(); i++) {
            assertThat(byMeasure.get(i).won()).isGreaterThanOrEqualTo(byMeasure.get(i - 1).won());
            if (byMeasure.get(i).measure().equals(byMeasure.get(i - 1).measure())) {
                assertThat(Math.abs(byMeasure.get(i).won() - byMeasure.get(i - 1).won())).isLessThanOrEqualTo(1);
            }
        }
    }

    @Property(tries = 50)
    void theSameInputGivesTheSameSplit(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long pool, @ForAll long seed) {
        List<LargestRemainder.Share> shares = shares(200, seed, 5_000);
        assertThat(LargestRemainder.split(pool, shares)).isEqualTo(LargestRemainder.split(pool, shares));
    }

    @Example
    void threeEqualMembersShareTenWonFourThreeThreeByKey() {
        List<LargestRemainder.Part> parts = LargestRemainder.split(10, List.of(new LargestRemainder.Share(7, BigInteger.ONE),
                new LargestRemainder.Share(3, BigInteger.ONE), new LargestRemainder.Share(5, BigInteger.ONE)));
        assertThat(parts).extracting(LargestRemainder.Part::won).containsExactly(3L, 4L, 3L);
    }

    @Example
    void theLargerRemainderGetsTheWonLeftOver() {
        // 100 won by 1 : 2 : 3 -> 16.67, 33.33, 50 -> 16+1, 33, 50
        List<LargestRemainder.Part> parts = LargestRemainder.split(100, List.of(new LargestRemainder.Share(1, BigInteger.ONE),
                new LargestRemainder.Share(2, BigInteger.TWO), new LargestRemainder.Share(3, BigInteger.valueOf(3))));
        assertThat(parts).extracting(LargestRemainder.Part::won).containsExactly(17L, 33L, 50L);
    }
}
