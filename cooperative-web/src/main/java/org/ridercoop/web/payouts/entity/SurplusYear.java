package org.ridercoop.web.payouts.entity;

import java.time.LocalDate;

/**
 * A fiscal year's figures for the board's proposal ({@code GET …/surplus-proposals/year}): its days, the kind of
 * cooperative, the paid-in capital at its end, the balances it opens with ({@code opening} null when no earlier
 * appropriation is recorded: the form then asks for them from the books), the legal reserve's rate and ceiling and
 * the cap on dividends on capital.
 */
public record SurplusYear(int fiscalYear, LocalDate start, LocalDate end, boolean social, long sharePriceWon, long paidInCapitalWon,
                          Balances opening, Integer openingFromYear, int legalReservePercent, long legalCeilingWon,
                          long capitalDividendCapWon, String formula) {

    /** The opening balances are known from an earlier year's appropriation. */
    public boolean isOpeningKnown() {
        return opening != null;
    }

    /** What the legal reserve may still take before it reaches three times the paid-in capital (when the opening is known). */
    public long getLegalRoomWon() {
        return Math.max(0, legalCeilingWon - (opening == null ? 0 : opening.legalWon()));
    }

    /**
     * The least legal reserve the year's result must give (§50, §97), as the API reckons it: the result first covers the
     * loss carried forward; of what is left the rate, rounded up, but never past the ceiling. 0 for a loss.
     */
    public long legalMinimum(long netIncomeWon, Balances opened) {
        Balances o = opened == null ? Balances.NONE : opened;
        if (netIncomeWon <= 0) {
            return 0;
        }
        long surplus = netIncomeWon - Math.min(o.lossWon(), netIncomeWon);
        long percent = Math.ceilDiv(Math.multiplyExact(surplus, (long) legalReservePercent), 100L);
        return Math.min(percent, Math.max(0, legalCeilingWon - o.legalWon()));
    }
}
