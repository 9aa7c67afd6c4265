package org.ridercoop.voting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.ridercoop.platform.validation.Within;
import org.ridercoop.voting.entity.Choice;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.Office;
import org.ridercoop.voting.entity.ResolutionKind;
import org.ridercoop.voting.entity.TieRule;

/** The validated bodies of the voting use cases. */
public final class VotingCommands {
    static final String TEXT_200 = "(?s)(?=.*\\S).{1,200}";

    private VotingCommands() {
    }

    /** The board calls a meeting with its agenda; the notice goes out now. Times are instants (ISO 8601, e.g. 2026-12-05T10:00:00+09:00). */
    public record CallMeeting(
            @NotNull(message = "is required: ORDINARY_GENERAL_ASSEMBLY, EXTRAORDINARY_GENERAL_ASSEMBLY, DELEGATES_ASSEMBLY or BOARD_MEETING")
            MeetingKind kind,
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String title,
            @NotNull(message = "is required") Instant startsAt,
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String place,
            @NotNull(message = "is required") Instant votingOpensAt,
            @NotNull(message = "is required") Instant votingClosesAt,
            @NotNull(message = "is required") @Within(min = 1, max = 50, message = "an agenda of 1 to 50 motions")
            List<@NotNull(message = "is required") @Valid Item> motions) {
    }

    /**
     * An item of the agenda put to the vote: a resolution (ORDINARY or SPECIAL; with {@code expulsionCaseId} it
     * decides that expulsion case; with {@code surplusProposalId} it adopts or rejects that proposal for the year's
     * surplus), or, with {@code election}, an election of officers (an ordinary resolution's quorum).
     */
    public record Item(
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String title,
            @Pattern(regexp = "(?s).{0,4000}", message = "at most 4000 characters") String details,
            ResolutionKind resolution,
            Long expulsionCaseId,
            Long surplusProposalId,
            @Valid Election election) {
    }

    /** An election: the office, how many seats, the tie rule stated on the ballot, the candidates in ballot order. */
    public record Election(
            @NotNull(message = "is required: CHAIR, DIRECTOR or AUDITOR") Office office,
            @NotNull(message = "is required") @Within(min = 1, max = 20, message = "1 to 20 seats") Integer seats,
            @NotNull(message = "is required: LOT or SENIORITY") TieRule tieRule,
            @NotNull(message = "is required") @Within(min = 1, max = 50, message = "1 to 50 candidates")
            List<@NotNull(message = "is required") Long> candidateMembershipIds) {
    }

    /**
     * A member's own vote, online; or, with {@code forMembershipId}, the vote they cast as that member's proxy. A
     * resolution takes {@code choice}; an election takes {@code candidates}, the marked ballot numbers ([] is blank).
     */
    public record Vote(Choice choice, @Within(min = 0, max = 50, message = "at most 50 candidates") List<Integer> candidates,
                       Long forMembershipId) {
    }

    /** A vote cast in the room (paper or show of hands), entered by the board for the member, or for their proxy. */
    public record RoomVote(
            @NotNull(message = "is required") Long membershipId,
            Choice choice,
            @Within(min = 0, max = 50, message = "at most 50 candidates") List<Integer> candidates,
            Boolean byProxy) {
    }

    /** §30: the minutes' chair, the (at least three) members elected at the meeting to sign, and the proceedings. */
    public record DraftMinutes(
            @NotNull(message = "is required") Long chairMembershipId,
            @NotNull(message = "is required: at least 3 members") @Within(min = 3, max = 50, message = "3 to 50 members")
            List<@NotNull(message = "is required") Long> signatoryMembershipIds,
            @Pattern(regexp = "(?s).{0,20000}", message = "at most 20000 characters") String proceedings) {
    }

    /** §23: the member (principal) and their proxy: another member, or a cohabiting family member; the written proof. */
    public record AppointProxy(
            @NotNull(message = "is required") Long principalMembershipId,
            Long proxyMembershipId,
            @Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String proxyName,
            @Pattern(regexp = "(?s).{0,100}", message = "at most 100 characters") String relationship,
            @NotNull(message = "is required: the written proof (§23), e.g. the scanned letter's reference")
            @Pattern(regexp = "(?s)(?=.*\\S).{1,500}", message = "is required (§23), at most 500 characters") String proof) {
    }
}
