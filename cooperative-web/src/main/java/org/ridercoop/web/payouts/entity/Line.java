package org.ridercoop.web.payouts.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** A member's line of a run: the work, its measure and share (parts per million of the pool), part, withholding, payable. */
public record Line(long membershipId, Integer memberNumber, String name, long minutes, long deliveries, long incomeWon, long measure,
                   long sharePpm, long amountWon, long withholdingWon, long payableWon, Instant paidAt) {

    /** The share in percent: 285714 ppm is 28.5714. */
    public BigDecimal getSharePercent() {
        return BigDecimal.valueOf(sharePpm, 4);
    }

    public boolean isPaid() {
        return paidAt != null;
    }
}
