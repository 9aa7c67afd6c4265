package org.ridercoop.web.voting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a closed meeting (§30): attendance, the results, the proceedings as drafted by the board, and
 * the chair and at least three members who sign them. {@code complete} once drafted and signed by every signatory;
 * {@code callerMaySign} when the reader is a signatory who has not signed yet.
 */
public record Minutes(long meetingId, String kind, String title, Instant startsAt, String place, LocalDate recordDate,
                      Instant noticedAt, Instant votingOpensAt, Instant votingClosesAt, long eligible, long attended,
                      long attendedByProxy, List<MotionResult> results, String proceedings, String draftedBy,
                      Instant draftedAt, List<Signatory> signatories, boolean complete, boolean callerMaySign) {
    public Minutes {
        results = results == null ? List.of() : List.copyOf(results);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** The board drafted them (the proceedings may still be empty: they are optional). */
    public boolean isDrafted() {
        return draftedAt != null;
    }

    /** Once anyone signed, the board may no longer change the draft. */
    public boolean isAnySigned() {
        return signatories.stream().anyMatch(Signatory::isSigned);
    }

    public long getSignedCount() {
        return signatories.stream().filter(Signatory::isSigned).count();
    }

    /** {@code role}: CHAIR or MEMBER. */
    public record Signatory(long membershipId, Integer memberNumber, String name, String role, Instant signedAt) {
        public boolean isSigned() {
            return signedAt != null;
        }

        public boolean isChair() {
            return "CHAIR".equals(role);
        }
    }
}
