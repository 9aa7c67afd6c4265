package org.ridercoop.voting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.ridercoop.platform.validation.Within;
import org.ridercoop.voting.entity.Choice;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.ResolutionKind;

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

    /** An item of the agenda put to the vote. */
    public record Item(
            @NotNull(message = "is required") @Pattern(regexp = TEXT_200, message = "is required, at most 200 characters") String title,
            @Pattern(regexp = "(?s).{0,4000}", message = "at most 4000 characters") String details,
            @NotNull(message = "is required: ORDINARY or SPECIAL") ResolutionKind resolution,
            Long expulsionCaseId) {
    }

    /** A member's own vote, online; or, with {@code forMembershipId}, the vote they cast as that member's proxy. */
    public record Vote(@NotNull(message = "is required: YES, NO or ABSTAIN") Choice choice, Long forMembershipId) {
    }

    /** A vote cast in the room (paper or show of hands), entered by the board for the member, or for their proxy. */
    public record RoomVote(
            @NotNull(message = "is required") Long membershipId,
            @NotNull(message = "is required: YES, NO or ABSTAIN") Choice choice,
            Boolean byProxy) {
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
