package org.ridercoop.web.membership.entity;

import java.time.LocalDate;

/**
 * The refund of a former member's paid-in capital: valued at the end of the fiscal year they left in, payable
 * from a date, claimable until the limitation ends (two years), possibly withheld while they owe the cooperative.
 */
public record Refund(LocalDate fiscalYearEnd, Long paidInAtLeavingWon, Long amountWon, LocalDate payableFrom, LocalDate limitationEndsOn,
                     boolean withheld, String withholdReason, LocalDate paidOn, String state) {

    public boolean isPaid() {
        return "PAID".equals(state) || paidOn != null;
    }
}
