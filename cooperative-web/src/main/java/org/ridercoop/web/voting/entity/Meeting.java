package org.ridercoop.web.voting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting with its agenda (MeetingView). {@code callerEligible} is null for someone who is not a member: they
 * read, they do not vote; false for a member who joined after the record date. {@code callerRepresents}: the members
 * whose registered proxy the signed-in person is at this meeting (§23), whom they may vote for.
 */
public record Meeting(long id, String kind, String title, Instant startsAt, String place, LocalDate recordDate,
                      Instant noticedAt, Instant votingOpensAt, Instant votingClosesAt, String state, long eligibleVoters,
                      String calledBy, Boolean callerEligible, List<Motion> motions, List<Principal> callerRepresents) {
    public static final String UPCOMING = "UPCOMING";
    public static final String VOTING = "VOTING";
    public static final String CLOSED = "CLOSED";

    public Meeting {
        motions = motions == null ? List.of() : List.copyOf(motions);
        callerRepresents = callerRepresents == null ? List.of() : List.copyOf(callerRepresents);
    }

    public boolean isUpcoming() {
        return UPCOMING.equals(state);
    }

    public boolean isVoting() {
        return VOTING.equals(state);
    }

    public boolean isClosed() {
        return CLOSED.equals(state);
    }

    /** A member on the voters' roll. */
    public boolean isEligible() {
        return Boolean.TRUE.equals(callerEligible);
    }

    /** A member who is not on the roll (joined after the record date). */
    public boolean isMemberNotOnRoll() {
        return Boolean.FALSE.equals(callerEligible);
    }

    /** Voting is open and this member has motions left to vote on. */
    public boolean hasVoteFor() {
        return isVoting() && isEligible() && motions.stream().anyMatch(m -> !m.isVoted());
    }

    /** A member the signed-in person is the registered proxy of. */
    public record Principal(long membershipId, Integer memberNumber, String name) {
    }
}
