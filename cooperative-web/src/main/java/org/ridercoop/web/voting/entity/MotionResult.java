package org.ridercoop.web.voting.entity;

import java.util.List;

/**
 * The outcome of one motion after the close: PASSED, FAILED or NO_QUORUM. For an election {@code yes} and
 * {@code no} are 0, {@code abstain} counts the blank ballots and {@code election} has the votes of each candidate.
 */
public record MotionResult(long motionId, int seq, String title, String resolution, String threshold, long eligible,
                           long present, long presentByProxy, long yes, long no, long abstain, boolean quorate,
                           String outcome, String ballotListHead, ElectionResult election) {

    public boolean isElection() {
        return election != null;
    }

    /** An election's count: candidates by votes (most first), then ballot number; {@code tieNote} the API's own words. */
    public record ElectionResult(String office, int seats, String tieRule, long blank, List<CandidateResult> candidates,
                                 String tieNote) {
        public ElectionResult {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public long votesOf(int number) {
            return candidates.stream().filter(c -> c.number() == number).mapToLong(CandidateResult::votes).findFirst().orElse(0);
        }

        public boolean isAnyByTieRule() {
            return candidates.stream().anyMatch(CandidateResult::byTieRule);
        }
    }

    /** One candidate's votes, and whether they were elected, and if so by the tie rule. */
    public record CandidateResult(int number, long membershipId, Integer memberNumber, String name, long votes, boolean elected,
                                  boolean byTieRule) {
    }
}
