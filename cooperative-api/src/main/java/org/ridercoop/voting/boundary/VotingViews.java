package org.ridercoop.voting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.voting.entity.Choice;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.ResolutionKind;
import org.ridercoop.voting.entity.Tally;

/** What clients see of meetings, motions, votes and results. */
public final class VotingViews {
    private VotingViews() {
    }

    /** A meeting with its agenda; for a member, whether they may vote and whether they did. */
    @Schema(name = "Meeting")
    public record MeetingView(long id, MeetingKind kind, String title, Instant startsAt, String place, LocalDate recordDate,
                              Instant noticedAt, Instant votingOpensAt, Instant votingClosesAt, Meeting.State state, long eligibleVoters,
                              String calledBy, Boolean callerEligible, List<MotionView> motions) {
    }

    /** An item on the agenda. {@code callerVoted} is null for someone who does not vote. */
    @Schema(name = "Motion")
    public record MotionView(long id, int seq, String title, String details, ResolutionKind resolution, String threshold,
                             Long expulsionCaseId, Boolean callerVoted) {
    }

    /** What a voter keeps: the receipt is shown this once; its SHA-256 is what the published list shows. */
    @Schema(name = "VoteReceipt")
    public record Receipt(long motionId, String receipt, String receiptHash) {
    }

    /** The outcome of one motion, after the close. */
    @Schema(name = "MotionResult")
    public record MotionResult(long motionId, int seq, String title, ResolutionKind resolution, String threshold, long eligible,
                               long present, long presentByProxy, long yes, long no, long abstain, boolean quorate,
                               Tally.Outcome outcome, String ballotListHead) {
    }

    /** A registered proxy. */
    @Schema(name = "Proxy")
    public record ProxyView(long id, long principalMembershipId, Long proxyMembershipId, String proxyName, String relationship,
                            String proof, Instant registeredAt, String registeredBy) {
    }

    /** A line of the published ballot list. */
    @Schema(name = "PublishedBallot")
    public record BallotLine(String receiptHash, Choice choice, String previousHash, String hash) {
    }
}
