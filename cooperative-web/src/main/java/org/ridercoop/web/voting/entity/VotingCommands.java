package org.ridercoop.web.voting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies the voting calls send. What a person typed badly travels as null (left out of the JSON), so that the
 * API, the one validator, answers with its field error. An empty list of candidates is a blank ballot, and is sent.
 */
public final class VotingCommands {
    private VotingCommands() {
    }

    public record CallMeeting(String kind, String title, Instant startsAt, String place, Instant votingOpensAt,
                              Instant votingClosesAt, List<Item> motions) {
    }

    /** A motion: a resolution, an election ({@code election}), or the expulsion of a member ({@code expulsionCaseId}). */
    public record Item(String title, String details, String resolution, Long expulsionCaseId, NewElection election) {
        public Item(String title, String details, String resolution) {
            this(title, details, resolution, null, null);
        }
    }

    public record NewElection(String office, Integer seats, String tieRule, List<Long> candidateMembershipIds) {
    }

    /** A vote on a resolution ({@code choice}) or an election ({@code candidates}); {@code forMembershipId} as a proxy. */
    public record Vote(String choice, List<Integer> candidates, Long forMembershipId) {
        public Vote(String choice) {
            this(choice, null, null);
        }
    }

    public record RoomVote(Long membershipId, String choice, List<Integer> candidates, Boolean byProxy) {
        public RoomVote(Long membershipId, String choice) {
            this(membershipId, choice, null, null);
        }
    }

    /** §23: the member and their proxy, another member or a family member with the relationship; the proof. */
    public record AppointProxy(Long principalMembershipId, Long proxyMembershipId, String proxyName, String relationship,
                               String proof) {
    }

    /** §30: the chair, at least three signatories, and what was said. */
    public record DraftMinutes(Long chairMembershipId, List<Long> signatoryMembershipIds, String proceedings) {
    }

    /** §31: a delegate elected for a term (at most 4 years), from the active members. */
    public record ElectDelegate(Long membershipId, LocalDate termStart, LocalDate termEnd) {
    }
}
