package org.ridercoop.web.payouts.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member's dividends of a year: the year's work and its share of the patronage dividends, the capital's won-days
 * and its share of the capital dividends (shares in parts per million), what was reinvested as shares and paid.
 */
public record Dividend(long membershipId, Integer memberNumber, String name, long minutes, long deliveries, long incomeWon,
                       long patronagePpm, long patronageWon, long capitalWonDays, long capitalPpm, long capitalWon, int reinvestedShares,
                       long reinvestedWon, long paidWon, Instant paidAt) {

    public long getTotalWon() {
        return patronageWon + capitalWon;
    }

    /** What is neither reinvested nor paid yet. */
    public long getOutstandingWon() {
        return getTotalWon() - reinvestedWon - paidWon;
    }

    /** The share of the patronage dividends in percent: 600000 ppm is 60. */
    public BigDecimal getPatronagePercent() {
        return BigDecimal.valueOf(patronagePpm, 4);
    }

    public BigDecimal getCapitalPercent() {
        return BigDecimal.valueOf(capitalPpm, 4);
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    /** The most whole shares the outstanding dividend buys at the share price. */
    public long sharesFor(long sharePriceWon) {
        return sharePriceWon <= 0 ? 0 : Math.max(0, getOutstandingWon()) / sharePriceWon;
    }
}
