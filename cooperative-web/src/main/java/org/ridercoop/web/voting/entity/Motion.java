package org.ridercoop.web.voting.entity;

/**
 * An item of the agenda. {@code resolution} is ORDINARY (a majority of those present) or SPECIAL (two thirds of
 * those present); the page says it in words of its own rather than the API's English {@code threshold}.
 * {@code callerVoted} is null for someone who does not vote. An election of officers carries {@code election};
 * a motion to expel a member names the pending {@code expulsionCaseId}; one that decides the appropriation of a
 * year's surplus names the {@code surplusProposalId}.
 */
public record Motion(long id, int seq, String title, String details, String resolution, String threshold,
                     Long expulsionCaseId, Long surplusProposalId, Election election, Boolean callerVoted) {

    public boolean isVoted() {
        return Boolean.TRUE.equals(callerVoted);
    }

    public boolean isElection() {
        return election != null;
    }

    public boolean isExpulsion() {
        return expulsionCaseId != null;
    }

    public boolean isSurplus() {
        return surplusProposalId != null;
    }
}
