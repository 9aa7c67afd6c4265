package org.ridercoop.web.voting.entity;

import java.time.Instant;
import java.util.List;

/**
 * The bodies the voting calls send. What a person typed badly travels as null (left out of the JSON), so that the
 * API, the one validator, answers with its field error.
 */
public final class VotingCommands {
    private VotingCommands() {
    }

    public record CallMeeting(String kind, String title, Instant startsAt, String place, Instant votingOpensAt,
                              Instant votingClosesAt, List<Item> motions) {
    }

    public record Item(String title, String details, String resolution) {
    }

    public record Vote(String choice) {
    }

    public record RoomVote(Long membershipId, String choice) {
    }
}
