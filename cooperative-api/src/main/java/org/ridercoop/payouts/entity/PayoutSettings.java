package org.ridercoop.payouts.entity;

import java.math.BigInteger;

/**
 * How a cooperative distributes pooled income: the operating share it keeps (basis points of the gross), the
 * withholding on each member's part (330 = 3.3%: 3% income tax and 0.3% local tax on business income), and the
 * patronage formula: hours, deliveries, income earned, or a weighted mix of the three.
 */
public record PayoutSettings(int operatingShareBp, int withholdingBp, Formula formula, int weightHours, int weightDeliveries, int weightIncome) {
    public enum Formula { HOURS, DELIVERIES, INCOME, MIX }

    /** 5% kept for operations, 3.3% withheld, split by income earned. */
    public static final PayoutSettings DEFAULTS = new PayoutSettings(500, 330, Formula.INCOME, 1, 1, 1);

    /** A member's work in the period. */
    public record Work(long membershipId, long minutes, long deliveries, long incomeWon) {
    }

    /**
     * A member's measure under the formula. A mix weighs each member's shares of the three totals; to stay exact it
     * is scaled by the product of the totals (the common denominator), so it is a whole number.
     */
    public BigInteger measure(Work work, long totalMinutes, long totalDeliveries, long totalIncome) {
        return switch (formula) {
            case HOURS -> BigInteger.valueOf(work.minutes());
            case DELIVERIES -> BigInteger.valueOf(work.deliveries());
            case INCOME -> BigInteger.valueOf(work.incomeWon());
            case MIX -> {
                BigInteger m = BigInteger.valueOf(Math.max(1, totalMinutes));
                BigInteger d = BigInteger.valueOf(Math.max(1, totalDeliveries));
                BigInteger i = BigInteger.valueOf(Math.max(1, totalIncome));
                yield BigInteger.valueOf((long) weightHours * work.minutes()).multiply(d).multiply(i)
                        .add(BigInteger.valueOf((long) weightDeliveries * work.deliveries()).multiply(m).multiply(i))
                        .add(BigInteger.valueOf(weightIncome).multiply(BigInteger.valueOf(work.incomeWon())).multiply(m).multiply(d));
            }
        };
    }

    /** The share of a whole number of won in basis points, rounded down to the won. */
    public static long share(long won, int bp) {
        return BigInteger.valueOf(won).multiply(BigInteger.valueOf(bp)).divide(BigInteger.valueOf(10_000)).longValueExact();
    }
}
