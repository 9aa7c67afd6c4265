package org.ridercoop.web.payouts.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's statement of a posted run: the pool (gross, operating share, named deductions, net), the formula, the
 * member's work, share and part, withholding (at the run's rate, in basis points), payable and whether it was paid.
 * A {@code REVERSED} one was corrected: it is shown struck through and not counted.
 */
public record Statement(long runId, String pool, LocalDate periodStart, LocalDate periodEnd, String state, String formula, long grossWon,
                        long operatingWon, long deductionsWon, long netWon, List<Item> items, long minutes, long deliveries, long incomeWon,
                        double sharePercent, long amountWon, Integer withholdingBp, long withholdingWon, long payableWon, Instant paidAt) {
    public Statement {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isReversed() {
        return Run.REVERSED.equals(state);
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    /** {@code paid}, {@code unpaid} or {@code corrected}: what the statement's badge says. */
    public String getStanding() {
        if (isReversed()) {
            return "corrected";
        }
        return isPaid() ? "paid" : "unpaid";
    }

    public List<Item> getDeductions() {
        return items.stream().filter(Item::isDeduction).toList();
    }

    public List<Item> getIncomes() {
        return items.stream().filter(i -> !i.isDeduction()).toList();
    }

    /** The share to at most four decimals, trailing zeros dropped: "28.5714", "50". */
    public BigDecimal getShare() {
        return BigDecimal.valueOf(sharePercent).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
