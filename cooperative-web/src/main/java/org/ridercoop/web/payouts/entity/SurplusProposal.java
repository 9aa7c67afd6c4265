package org.ridercoop.web.payouts.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The board's proposal for a fiscal year's result, worked through the waterfall of the Framework Act: a loss is
 * covered from retained earnings, the voluntary reserve, then the legal reserve; a surplus first covers the loss
 * carried forward, then gives the legal reserve (at least {@code legalMinimumWon}), the voluntary reserve and the
 * dividends; the rest is carried forward. {@code PROPOSED} until an assembly's motion ({@code motionId}) decides it:
 * {@code ADOPTED} or {@code REJECTED}; the board may withdraw it while it is on no agenda ({@code WITHDRAWN}).
 */
public record SurplusProposal(long id, int fiscalYear, LocalDate yearStart, LocalDate yearEnd, boolean social, String formula,
                              long netIncomeWon, long paidInCapitalWon, Balances opening, long lossCoveredWon, long fromRetainedWon,
                              long fromVoluntaryWon, long fromLegalWon, long legalMinimumWon, long legalReserveWon, long voluntaryReserveWon,
                              long patronageDividendWon, long capitalDividendWon, Balances closing, String note, String state,
                              String proposedBy, Instant proposedAt, Long motionId, LocalDate decidedOn, String resolution) {
    public static final String PROPOSED = "PROPOSED";
    public static final String ON_AGENDA = "ON_AGENDA";
    public static final String ADOPTED = "ADOPTED";
    public static final String REJECTED = "REJECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    public SurplusProposal {
        opening = opening == null ? Balances.NONE : opening;
        closing = closing == null ? Balances.NONE : closing;
    }

    public boolean isLoss() {
        return netIncomeWon < 0;
    }

    /** The surplus left to appropriate once the loss carried forward is covered (0 in a loss year). */
    public long getSurplusWon() {
        return Math.max(0, netIncomeWon) - lossCoveredWon;
    }

    public long getDividendsWon() {
        return patronageDividendWon + capitalDividendWon;
    }

    /** The year's surplus not appropriated: added to the retained earnings (negative: taken from them). */
    public long getCarriedWon() {
        return getSurplusWon() - legalReserveWon - voluntaryReserveWon - getDividendsWon();
    }

    /** A loss: what the retained earnings and reserves could not cover, carried forward. */
    public long getLossLeftWon() {
        return isLoss() ? -netIncomeWon - fromRetainedWon - fromVoluntaryWon - fromLegalWon : 0;
    }

    public int getLegalReservePercent() {
        return social ? 30 : 10;
    }

    public long getLegalCeilingWon() {
        return 3 * paidInCapitalWon;
    }

    public long getCapitalDividendCapWon() {
        return social ? 0 : paidInCapitalWon / 10;
    }

    /** Open and on no agenda: the board may put it to an assembly or withdraw it. */
    public boolean isProposed() {
        return PROPOSED.equals(state);
    }

    public boolean isOnAgenda() {
        return ON_AGENDA.equals(state);
    }

    public boolean isAdopted() {
        return ADOPTED.equals(state);
    }
}
