package org.ridercoop.web.payouts.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payout run of a pool for a period: the income, less the operating share and the named deductions, is the net
 * pool split by the confirmed work. {@code PREVIEW} until a second board member approves it, then {@code POSTED}
 * to the ledger, or {@code REVERSED}; a reversing run names the run it reverses.
 */
public record Run(long id, long coopId, String pool, LocalDate periodStart, LocalDate periodEnd, String formula, long grossWon,
                  long operatingWon, long deductionsWon, long netWon, int withholdingBp, String state, String preparedBy,
                  String preparedSubject, Instant preparedAt, String approvedBy, Instant approvedAt, Instant postedAt,
                  Long reversesRunId, int members) {
    public static final String PREVIEW = "PREVIEW";
    public static final String APPROVED = "APPROVED";
    public static final String POSTED = "POSTED";
    public static final String REVERSED = "REVERSED";

    public boolean isReversal() {
        return reversesRunId != null;
    }

    /** A posted run, not itself a reversal: it can be paid, or reversed while nobody is paid. */
    public boolean isPostedOriginal() {
        return POSTED.equals(state) && reversesRunId == null;
    }

    /** The state as its badge says it: a reversing run is a correction whatever its state. */
    public String getBadge() {
        return isReversal() ? "REVERSAL" : state;
    }
}
