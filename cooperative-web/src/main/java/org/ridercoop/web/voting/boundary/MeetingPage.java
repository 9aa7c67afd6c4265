package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Motion;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VoteReceipt;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * A meeting's agenda ({@code #{meetingPage}}, {@code /meeting?coop=N&id=M}). A member on the roll votes in two
 * taps (a choice, then its confirmation) and gets the receipt once, on this view only: the API keeps only its hash.
 * The board and the operator open and close voting (each after a confirmation) and enter votes cast in the room.
 * After the close, the results of each motion.
 */
@Named("meetingPage")
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> CHOICES = List.of("YES", "NO", "ABSTAIN");

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private Meeting meeting;
    private boolean manager;
    private List<MotionResult> results = List.of();
    private List<RollMember> members = List.of();
    private Refusal loadProblem;
    private Refusal resultsProblem;

    /** The choice waiting for its confirmation: the motion and YES, NO or ABSTAIN. */
    private Long pendingMotion;
    private String pendingChoice;
    /** Receipts of this view's votes, by motion: shown here and nowhere again. */
    private final Map<Long, VoteReceipt> receipts = new HashMap<>();
    private final Map<Long, String> receiptChoices = new HashMap<>();
    private final Map<Long, Refusal> refusals = new HashMap<>();
    /** "open" or "close" while the board's step waits for its confirmation. */
    private String confirming;
    private Refusal boardRefusal;
    private final Map<Long, String> roomMember = new HashMap<>();
    private final Map<Long, String> roomChoice = new HashMap<>();

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        if (coop.isEmpty() || id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long m = id.getAsLong();
        cooperative = access.cooperative(c).found().orElse(null);
        manager = cooperative != null && access.manages(c);
        reload(c, m);
    }

    private void reload(long c, long m) {
        Answer<Meeting> answer = calls.call("GET /coops/" + c + "/meetings/" + m, bearer -> api.meeting(bearer, c, m));
        meeting = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (meeting == null) {
            return;
        }
        if (meeting.isClosed()) {
            Answer<List<MotionResult>> answered = calls.call("GET /coops/" + c + "/meetings/" + m + "/results",
                    bearer -> api.results(bearer, c, m));
            results = answered.found().orElse(List.of()).stream().sorted(Comparator.comparingInt(MotionResult::seq)).toList();
            resultsProblem = refusal(answered);
        }
        if (manager && meeting.isVoting() && members.isEmpty()) {
            members = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE"))
                    .found().orElse(List.of()).stream()
                    .sorted(Comparator.comparing(RollMember::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }

    /** The first tap: a choice, not yet a vote. */
    public void choose(long motionId, String choice) {
        if (CHOICES.contains(choice)) {
            pendingMotion = motionId;
            pendingChoice = choice;
            refusals.remove(motionId);
        }
    }

    public void changeChoice() {
        pendingMotion = null;
        pendingChoice = null;
    }

    /** The second tap: the vote, and its receipt on this view. */
    public String confirm() {
        if (pendingMotion == null || meeting == null) {
            return null;
        }
        long motion = pendingMotion;
        String choice = pendingChoice;
        VotingCommands.Vote body = new VotingCommands.Vote(choice);
        long c = coop();
        long m = meeting.id();
        Answer<VoteReceipt> answer = calls.call("POST /coops/" + c + "/meetings/" + m + "/motions/" + motion + "/ballots",
                bearer -> api.vote(bearer, c, m, motion, body));
        pendingMotion = null;
        pendingChoice = null;
        if (answer instanceof Answer.Found<VoteReceipt> found && found.value() != null) {
            receipts.put(motion, found.value());
            receiptChoices.put(motion, choice);
        } else {
            refusals.put(motion, refusal(answer));
        }
        reload(c, m);
        return null;
    }

    public void askOpen() {
        boardRefusal = null;
        confirming = "open";
    }

    public void askClose() {
        boardRefusal = null;
        confirming = "close";
    }

    public void cancelConfirm() {
        confirming = null;
    }

    public String confirmOpen() {
        return board("open", bearer -> api.open(bearer, coop(), meeting.id()));
    }

    public String confirmClose() {
        return board("close", bearer -> api.close(bearer, coop(), meeting.id()));
    }

    public String roomVote(long motionId) {
        var member = Ids.parse(roomMember.get(motionId));
        String choice = roomChoice.get(motionId);
        VotingCommands.RoomVote body = new VotingCommands.RoomVote(member.isPresent() ? member.getAsLong() : null,
                choice == null || choice.isBlank() ? null : choice);
        long c = coop();
        long m = meeting.id();
        Answer<?> answer = calls.call("POST /coops/" + c + "/meetings/" + m + "/motions/" + motionId + "/room-votes",
                bearer -> api.roomVote(bearer, c, m, motionId, body));
        if (answer instanceof Answer.Found) {
            return here() + "&done=room";
        }
        refusals.put(motionId, refusal(answer));
        return null;
    }

    private String board(String what, Function<String, ?> call) {
        Answer<?> answer = calls.call("POST /coops/" + coop() + "/meetings/" + meeting.id() + "/" + what, call);
        confirming = null;
        if (answer instanceof Answer.Found) {
            return here() + "&done=" + what;
        }
        boardRefusal = refusal(answer);
        return null;
    }

    /** A 403 here is the voters' roll, not a hidden page: it is said as such. */
    static Refusal refusal(Answer<?> answer) {
        if (answer instanceof Answer.Forbidden) {
            return new Refusal("problem.not-on-roll", null, Map.of());
        }
        return Refusal.of(answer);
    }

    private String here() {
        return "/meeting?faces-redirect=true&coop=" + coop() + "&id=" + meeting.id();
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    public boolean isPending(long motionId, String choice) {
        return pendingMotion != null && pendingMotion == motionId && choice.equals(pendingChoice);
    }

    public boolean isPendingMotion(long motionId) {
        return pendingMotion != null && pendingMotion == motionId;
    }

    /** The three buttons: for a member on the roll, while voting is open, on a motion not yet voted. */
    public boolean canVote(Motion motion) {
        return meeting != null && meeting.isVoting() && meeting.isEligible() && !motion.isVoted()
                && !receipts.containsKey(motion.id());
    }

    public VoteReceipt receipt(long motionId) {
        return receipts.get(motionId);
    }

    /** What this view's vote on the motion was, to show beside its receipt. */
    public String receiptChoice(long motionId) {
        return receiptChoices.get(motionId);
    }

    public Refusal refusal(long motionId) {
        return refusals.get(motionId);
    }

    public MotionResult result(long motionId) {
        return results.stream().filter(r -> r.motionId() == motionId).findFirst().orElse(null);
    }

    public boolean isFound() {
        return meeting != null;
    }

    public boolean isConfirmingOpen() {
        return "open".equals(confirming);
    }

    public boolean isConfirmingClose() {
        return "close".equals(confirming);
    }

    /** Why this person sees no buttons while voting is open, as a message key; null when they vote or it is not open. */
    public String getNotEligibleReason() {
        if (meeting == null || !meeting.isVoting() || meeting.isEligible()) {
            return null;
        }
        return meeting.isMemberNotOnRoll() ? "voting.noteligible.joined" : "voting.noteligible.notmember";
    }

    public Set<Long> getReceiptMotions() {
        return receipts.keySet();
    }

    public String getPendingChoice() { return pendingChoice; }
    public Meeting getMeeting() { return meeting; }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public List<MotionResult> getResults() { return results; }
    public List<RollMember> getMembers() { return members; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getResultsProblem() { return resultsProblem; }
    public Refusal getBoardRefusal() { return boardRefusal; }
    public List<String> getChoices() { return CHOICES; }
    public Map<Long, String> getRoomMember() { return roomMember; }
    public Map<Long, String> getRoomChoice() { return roomChoice; }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
}
