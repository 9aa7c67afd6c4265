package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.BallotList;
import org.ridercoop.web.voting.entity.Election;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Motion;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.Proxy;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VoteReceipt;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * A meeting's agenda ({@code #{meetingPage}}, {@code /meeting?coop=N&id=M}). A member on the roll votes in two
 * taps (a choice, then its confirmation) and gets the receipt once, on this view only: the API keeps only its hash.
 * On an election the first tap sends the candidates ticked (at most the seats), or a blank ballot. A member
 * registered as another member's proxy may switch to voting for them. The board and the operator open and close
 * voting (each after a confirmation) and enter votes cast in the room. After the close, the results of each motion.
 */
@Named("meetingPage")
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> CHOICES = List.of("YES", "NO", "ABSTAIN");
    /** The pending choice of an election ballot; its candidates are in {@link #pendingCandidates}. */
    static final String ELECTION = "ELECTION";

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
    private List<Proxy> proxies = List.of();
    /** The members who registered the signed-in person as their proxy at this meeting, as the API tells. */
    private List<Meeting.Principal> represented = List.of();
    private Refusal loadProblem;
    private Refusal resultsProblem;

    /** Whose vote this view casts: null for the person's own, else the membership id of the member they represent. */
    private Long votingFor;
    /** The choice waiting for its confirmation: the motion and YES, NO, ABSTAIN or ELECTION (with its candidates). */
    private Long pendingMotion;
    private String pendingChoice;
    private List<Integer> pendingCandidates = List.of();
    /** Receipts of this view's votes, by motion and voter: shown here and nowhere again. */
    private final Map<String, VoteReceipt> receipts = new HashMap<>();
    private final Map<String, String> receiptChoices = new HashMap<>();
    private final Map<Long, Refusal> refusals = new HashMap<>();
    /** The candidates ticked on each election's ballot, by motion, before the first tap. */
    private final Map<Long, Picks> ballots = new HashMap<>();
    /** "open" or "close" while the board's step waits for its confirmation. */
    private String confirming;
    private Refusal boardRefusal;
    private final Map<Long, String> roomMember = new HashMap<>();
    private final Map<Long, String> roomChoice = new HashMap<>();
    private final Map<Long, Picks> roomPicks = new HashMap<>();
    private final Map<Long, Boolean> roomByProxy = new HashMap<>();

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
        if (meeting != null && manager) {
            proxies = calls.call("GET /coops/" + c + "/meetings/" + m + "/proxies", bearer -> api.proxies(bearer, c, m))
                    .found().orElse(List.of());
        }
    }

    private void reload(long c, long m) {
        Answer<Meeting> answer = calls.call("GET /coops/" + c + "/meetings/" + m, bearer -> api.meeting(bearer, c, m));
        meeting = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (meeting == null) {
            represented = List.of();
            return;
        }
        represented = meeting.isVoting() ? meeting.callerRepresents() : List.of();
        if (meeting.isClosed()) {
            Answer<List<MotionResult>> answered = calls.call("GET /coops/" + c + "/meetings/" + m + "/results",
                    bearer -> api.results(bearer, c, m));
            results = answered.found().orElse(List.of()).stream().sorted(Comparator.comparingInt(MotionResult::seq)).toList();
            resultsProblem = refusal(answered);
        }
        // the register names the members of room votes, proxies and the proxy's principal, also after the close
        if (manager && members.isEmpty()) {
            members = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE"))
                    .found().orElse(List.of()).stream()
                    .sorted(Comparator.comparing(RollMember::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }

    /** Votes from now on go to the member this person represents (§23), or back to their own with null. */
    public void voteFor(Long principal) {
        if (principal == null || represented.stream().anyMatch(r -> r.membershipId() == principal)) {
            votingFor = principal;
            changeChoice();
        }
    }

    public void voteAsMyself() {
        voteFor(null);
    }

    /** The first tap: a choice, not yet a vote. */
    public void choose(long motionId, String choice) {
        if (CHOICES.contains(choice)) {
            pendingMotion = motionId;
            pendingChoice = choice;
            pendingCandidates = List.of();
            refusals.remove(motionId);
        }
    }

    /** The first tap on an election: the candidates ticked, at least one and at most the seats. */
    public void chooseCandidates(long motionId) {
        Optional<Election> election = motion(motionId).map(Motion::election);
        if (election.isEmpty()) {
            return;
        }
        List<Integer> picked = ballot(motionId).picked();
        if (picked.isEmpty()) {
            refusals.put(motionId, new Refusal("voting.election.none", null, Map.of()));
            return;
        }
        if (picked.size() > election.get().seats()) {
            refusals.put(motionId, new Refusal("voting.election.toomany", null, Map.of()));
            return;
        }
        pendingMotion = motionId;
        pendingChoice = ELECTION;
        pendingCandidates = picked;
        refusals.remove(motionId);
    }

    /** The first tap of a blank ballot: nobody chosen, counted as present. */
    public void chooseBlank(long motionId) {
        if (motion(motionId).map(Motion::isElection).orElse(false)) {
            pendingMotion = motionId;
            pendingChoice = ELECTION;
            pendingCandidates = List.of();
            refusals.remove(motionId);
        }
    }

    public void changeChoice() {
        pendingMotion = null;
        pendingChoice = null;
        pendingCandidates = List.of();
    }

    /** The second tap: the vote, and its receipt on this view. */
    public String confirm() {
        if (pendingMotion == null || meeting == null) {
            return null;
        }
        long motion = pendingMotion;
        boolean election = ELECTION.equals(pendingChoice);
        String choice = election ? electionChoice(pendingCandidates) : pendingChoice;
        VotingCommands.Vote body = election ? new VotingCommands.Vote(null, pendingCandidates, votingFor)
                : new VotingCommands.Vote(pendingChoice, null, votingFor);
        long c = coop();
        long m = meeting.id();
        Answer<VoteReceipt> answer = calls.call("POST /coops/" + c + "/meetings/" + m + "/motions/" + motion + "/ballots",
                bearer -> api.vote(bearer, c, m, motion, body));
        changeChoice();
        if (answer instanceof Answer.Found<VoteReceipt> found && found.value() != null) {
            receipts.put(key(motion), found.value());
            receiptChoices.put(key(motion), choice);
            ballots.remove(motion);
        } else {
            refusals.put(motion, votingFor == null ? refusal(answer) : proxyRefusal(answer));
        }
        reload(c, m);
        return null;
    }

    /** An election's choice as the published list writes it: "1+3", or BLANK. */
    static String electionChoice(List<Integer> candidates) {
        return candidates.isEmpty() ? BallotList.BLANK
                : candidates.stream().sorted().map(String::valueOf).collect(Collectors.joining("+"));
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

    /** A vote cast in the room: a choice, or on an election the candidates ticked or a blank ballot ticked as such. */
    public String roomVote(long motionId) {
        var member = Ids.parse(roomMember.get(motionId));
        Long membershipId = member.isPresent() ? member.getAsLong() : null;
        Boolean byProxy = Boolean.TRUE.equals(roomByProxy.get(motionId)) ? Boolean.TRUE : null;
        VotingCommands.RoomVote body;
        if (motion(motionId).map(Motion::isElection).orElse(false)) {
            Picks picks = roomPicks(motionId);
            if (picks.picked().isEmpty() && !picks.isBlank()) {
                refusals.put(motionId, new Refusal("voting.room.election.none", null, Map.of()));
                return null;
            }
            body = new VotingCommands.RoomVote(membershipId, null, picks.isBlank() ? List.of() : picks.picked(), byProxy);
        } else {
            String choice = roomChoice.get(motionId);
            body = new VotingCommands.RoomVote(membershipId, choice == null || choice.isBlank() ? null : choice, null, byProxy);
        }
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

    /** A 403 on a proxy's vote: no longer (or not) registered as that member's proxy. */
    static Refusal proxyRefusal(Answer<?> answer) {
        if (answer instanceof Answer.Forbidden) {
            return new Refusal("problem.not-their-proxy", null, Map.of());
        }
        return Refusal.of(answer);
    }

    private String here() {
        return "/meeting?faces-redirect=true&coop=" + coop() + "&id=" + meeting.id();
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    private String key(long motionId) {
        return motionId + (votingFor == null ? "" : "/" + votingFor);
    }

    private Optional<Motion> motion(long motionId) {
        return meeting == null ? Optional.empty() : meeting.motions().stream().filter(x -> x.id() == motionId).findFirst();
    }

    public boolean isPending(long motionId, String choice) {
        return pendingMotion != null && pendingMotion == motionId && choice.equals(pendingChoice);
    }

    public boolean isPendingMotion(long motionId) {
        return pendingMotion != null && pendingMotion == motionId;
    }

    /**
     * The buttons: for a member on the roll, while voting is open, on a motion not yet voted. For a member they
     * represent, the API alone knows whether that member voted: a second vote is refused with 409.
     */
    public boolean canVote(Motion motion) {
        if (meeting == null || !meeting.isVoting() || receipts.containsKey(key(motion.id()))) {
            return false;
        }
        return votingFor != null || meeting.isEligible() && !motion.isVoted();
    }

    /** The "voted" tick is the person's own: not shown while they vote for someone else. */
    public boolean showVoted(Motion motion) {
        return votingFor == null && motion.isVoted();
    }

    /** The candidates ticked on an election's ballot. */
    public Picks ballot(long motionId) {
        return ballots.computeIfAbsent(motionId, k -> new Picks());
    }

    public Picks roomPicks(long motionId) {
        return roomPicks.computeIfAbsent(motionId, k -> new Picks());
    }

    public VoteReceipt receipt(long motionId) {
        return receipts.get(key(motionId));
    }

    /** What this view's vote on the motion was, to show beside its receipt: YES, NO, ABSTAIN, "1+3" or BLANK. */
    public String receiptChoice(long motionId) {
        return receiptChoices.get(key(motionId));
    }

    /** An election's choice ("1+3") in words: "1. 김민준 · 3. 최도윤"; empty for BLANK. */
    public String candidateNames(Motion motion, String choice) {
        if (motion == null || motion.election() == null) {
            return "";
        }
        return names(motion.election(), BallotList.numbers(choice));
    }

    /** The candidates of the election ballot waiting for its confirmation, in words. */
    public String getPendingNames() {
        return motion(pendingMotion == null ? -1 : pendingMotion).map(Motion::election)
                .map(e -> names(e, pendingCandidates)).orElse("");
    }

    static String names(Election election, List<Integer> numbers) {
        return numbers.stream().map(n -> election.candidate(n).map(c -> c.number() + ". " + c.name()).orElse(String.valueOf(n)))
                .collect(Collectors.joining(" · "));
    }

    public boolean isPendingBlank() {
        return ELECTION.equals(pendingChoice) && pendingCandidates.isEmpty();
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

    /** The member whose vote this view casts now, or null for the person's own. */
    public Meeting.Principal getVotingForMember() {
        return votingFor == null ? null : represented.stream().filter(r -> r.membershipId() == votingFor).findFirst().orElse(null);
    }

    /** The minutes can be drafted and read once voting has closed. */
    public boolean isMinutesReady() {
        return meeting != null && meeting.isClosed();
    }

    public String getPendingChoice() { return pendingChoice; }
    public Meeting getMeeting() { return meeting; }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public List<MotionResult> getResults() { return results; }
    public List<RollMember> getMembers() { return members; }
    public List<Proxy> getProxies() { return proxies; }
    public List<Meeting.Principal> getRepresented() { return represented; }
    public Long getVotingFor() { return votingFor; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getResultsProblem() { return resultsProblem; }
    public Refusal getBoardRefusal() { return boardRefusal; }
    public List<String> getChoices() { return CHOICES; }
    public Map<Long, String> getRoomMember() { return roomMember; }
    public Map<Long, String> getRoomChoice() { return roomChoice; }
    public Map<Long, Boolean> getRoomByProxy() { return roomByProxy; }
    public long getCoopId() { return Ids.parse(coopParam).orElse(0); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }

    /**
     * The ticks on one election ballot, by candidate number; {@code blank} is the board's explicit "blank ballot"
     * for a room vote, so that a form sent with nothing ticked is never taken for one.
     */
    public static class Picks implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<Integer, Boolean> checked = new HashMap<>();
        private boolean blank;

        public List<Integer> picked() {
            List<Integer> numbers = new ArrayList<>();
            checked.forEach((number, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    numbers.add(number);
                }
            });
            numbers.sort(Comparator.naturalOrder());
            return numbers;
        }

        public Map<Integer, Boolean> getChecked() { return checked; }
        public boolean isBlank() { return blank; }
        public void setBlank(boolean v) { blank = v; }
    }
}
