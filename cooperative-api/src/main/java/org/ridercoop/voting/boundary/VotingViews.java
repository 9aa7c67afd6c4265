package org.ridercoop.voting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.Office;
import org.ridercoop.voting.entity.ResolutionKind;
import org.ridercoop.voting.entity.TieRule;
import org.ridercoop.voting.entity.Tally;

/** What clients see of meetings, motions, votes and results. */
public final class VotingViews {
    private VotingViews() {
    }

    /** A meeting with its agenda; for a member, whether they may vote and whether they did. */
    @Schema(name = "Meeting")
    public record MeetingView(long id, MeetingKind kind, String title, Instant startsAt, String place, LocalDate recordDate,
                              Instant noticedAt, Instant votingOpensAt, Instant votingClosesAt, Meeting.State state, long eligibleVoters,
                              String calledBy, Boolean callerEligible, List<MotionView> motions, List<Principal> callerRepresents) {
    }

    /** A member the caller is the registered proxy of at this meeting (§23): the caller may vote for them. */
    @Schema(name = "Principal")
    public record Principal(long membershipId, Integer memberNumber, String name) {
    }

    /** An item on the agenda. {@code callerVoted} is null for someone who does not vote. */
    @Schema(name = "Motion")
    public record MotionView(long id, int seq, String title, String details, ResolutionKind resolution, String threshold,
                             Long expulsionCaseId, Long surplusProposalId, ElectionView election, Boolean callerVoted) {
    }

    /** An election's ballot: the office, the seats (each voter marks up to that many), the tie rule, the candidates. */
    @Schema(name = "Election")
    public record ElectionView(Office office, int seats, TieRule tieRule, String tieRuleText, List<CandidateView> candidates) {
    }

    /** A candidate with the number voters mark. */
    @Schema(name = "Candidate")
    public record CandidateView(int number, long membershipId, int memberNumber, String name) {
    }

    /** What a voter keeps: the receipt is shown this once; its SHA-256 is what the published list shows. */
    @Schema(name = "VoteReceipt")
    public record Receipt(long motionId, String receipt, String receiptHash) {
    }

    /** The outcome of one motion, after the close. */
    @Schema(name = "MotionResult")
    public record MotionResult(long motionId, int seq, String title, ResolutionKind resolution, String threshold, long eligible,
                               long present, long presentByProxy, long yes, long no, long abstain, boolean quorate,
                               Tally.Outcome outcome, String ballotListHead, ElectionResult election) {
    }

    /** An election's count: per candidate (most votes first), blank ballots, how a tie for the last seat went. */
    @Schema(name = "ElectionResult")
    public record ElectionResult(Office office, int seats, TieRule tieRule, long blank, List<CandidateResult> candidates, String tieNote) {
    }

    /** A candidate's votes and whether they are elected (by the tie rule or outright). */
    @Schema(name = "CandidateResult")
    public record CandidateResult(int number, long membershipId, int memberNumber, String name, long votes, boolean elected,
                                  boolean byTieRule) {
    }

    /** When a meeting's notice reached a member: by e-mail (QUEUED, SENT, FAILED, NO_ADDRESS), and in the app. */
    @Schema(name = "Notice")
    public record NoticeView(long membershipId, Integer memberNumber, String name, String email, String emailStatus,
                             Instant emailSentAt, int emailAttempts, String emailError, Instant seenInAppAt) {
    }

    /** §30: the minutes: the meeting, attendance, results, proceedings and the signatures. */
    @Schema(name = "Minutes")
    public record MinutesView(long meetingId, MeetingKind kind, String title, Instant startsAt, String place, LocalDate recordDate,
                              Instant noticedAt, Instant votingOpensAt, Instant votingClosesAt, long eligible, long attended,
                              long attendedByProxy, List<MotionResult> results, String proceedings, String draftedBy,
                              Instant draftedAt, List<SignatoryView> signatories, boolean complete, boolean callerMaySign) {
    }

    /** A signatory of the minutes and when they signed (null: not yet). */
    @Schema(name = "Signatory")
    public record SignatoryView(long membershipId, Integer memberNumber, String name, String role, Instant signedAt) {
    }

    /** A registered proxy. */
    @Schema(name = "Proxy")
    public record ProxyView(long id, long principalMembershipId, Long proxyMembershipId, String proxyName, String relationship,
                            String proof, Instant registeredAt, String registeredBy) {
    }

    /** A line of the published ballot list. */
    @Schema(name = "PublishedBallot")
    public record BallotLine(String receiptHash, String choice, String previousHash, String hash) {
    }
}
