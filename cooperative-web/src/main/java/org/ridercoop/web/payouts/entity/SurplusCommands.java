package org.ridercoop.web.payouts.entity;

import java.time.Instant;
import java.util.List;

/** The bodies of the surplus calls, as the forms typed them; what does not parse goes as null for the API to name. */
public final class SurplusCommands {
    private SurplusCommands() {
    }

    /** The board's proposal; {@code opening} only when no earlier appropriation is recorded (from the books). */
    public record Proposal(Integer fiscalYear, Long netIncomeWon, Opening opening, Long legalReserveWon, Long voluntaryReserveWon,
                           Long patronageDividendWon, Long capitalDividendWon, String note) {
    }

    public record Opening(Long retainedWon, Long voluntaryWon, Long legalWon, Long lossWon) {
    }

    /** Whom to mark paid: null for everyone outstanding. */
    public record Payment(List<Long> membershipIds) {
    }

    public record Reinvestment(Long membershipId, Integer shares) {
    }

    /** A general assembly called with the proposal as its motion. */
    public record CallAssembly(String kind, String title, Instant startsAt, String place, Instant votingOpensAt, Instant votingClosesAt,
                               List<Motion> motions) {
    }

    public record Motion(String title, String resolution, Long surplusProposalId) {
    }
}
