package org.ridercoop.web.dues.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What the import of a bank statement did: deposits recorded now (and their sum), deposits imported before, deposits
 * that matched no member, lines that are not deposits; and every line with its outcome.
 */
public record StatementReport(int recorded, long recordedWon, int alreadyImported, int unmatched, int notDeposits,
                              List<Line> lines) {
    public static final String RECORDED = "RECORDED";
    public static final String ALREADY_IMPORTED = "ALREADY_IMPORTED";
    public static final String UNMATCHED = "UNMATCHED";
    public static final String NOT_A_DEPOSIT = "NOT_A_DEPOSIT";

    public StatementReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A line of the statement (the header is line 1) and what became of it; the reason says why nobody matched. */
    public record Line(int line, LocalDate day, Long amountWon, String payer, String outcome, Long membershipId, String reason) {
        public boolean isUnmatched() {
            return UNMATCHED.equals(outcome);
        }
    }

    /** The deposits that need the board: matched nobody, so they are recorded by hand or returned. */
    public List<Line> getUnmatchedLines() {
        return lines.stream().filter(Line::isUnmatched).toList();
    }

    public long getUnmatchedWon() {
        return getUnmatchedLines().stream().mapToLong(l -> l.amountWon() == null ? 0 : l.amountWon()).sum();
    }
}
