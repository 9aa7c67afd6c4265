package org.ridercoop.web.payouts.entity;

import java.time.LocalDate;

/** A member's dividends of one adopted year-end appropriation, with the year's dividend pools and the share price. */
public record MemberDividend(long proposalId, int fiscalYear, LocalDate yearStart, LocalDate yearEnd, String formula, long patronageDividendWon,
                             long capitalDividendWon, long sharePriceWon, Dividend dividend) {
}
