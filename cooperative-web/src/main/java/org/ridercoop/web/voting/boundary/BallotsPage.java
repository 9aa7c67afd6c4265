package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.BallotList;
import org.ridercoop.web.voting.entity.Election;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Motion;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.PublishedBallot;

/**
 * The published ballot list of a motion ({@code #{ballotsPage}}, {@code /ballots?coop=N&meeting=M&motion=K}), checked
 * here rather than taken on trust: recounted, its hash chain recomputed and its end compared with the result's, and a
 * rider's receipt looked up by its SHA-256, computed on the server of the web app. An election's list is recounted
 * per candidate: each ballot number on a line ("1+3") is a vote for that candidate, BLANK a blank ballot.
 */
@Named("ballotsPage")
@ViewScoped
public class BallotsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    private String coopParam;
    private String meetingParam;
    private String motionParam;
    private Meeting meeting;
    private Motion motion;
    private MotionResult result;
    private BallotList list;
    private Refusal loadProblem;
    private String receipt = "";
    private boolean checked;
    private PublishedBallot mine;

    public void load() {
        var coop = Ids.parse(coopParam);
        var m = Ids.parse(meetingParam);
        var k = Ids.parse(motionParam);
        if (coop.isEmpty() || m.isEmpty() || k.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long meetingId = m.getAsLong();
        long motionId = k.getAsLong();
        Answer<Meeting> found = calls.call("GET /coops/" + c + "/meetings/" + meetingId, bearer -> api.meeting(bearer, c, meetingId));
        meeting = found.found().orElse(null);
        motion = meeting == null ? null : meeting.motions().stream().filter(x -> x.id() == motionId).findFirst().orElse(null);
        if (motion == null) {
            loadProblem = Refusal.of(meeting == null ? found : new Answer.NotFound<>());
            return;
        }
        Answer<List<PublishedBallot>> ballots = calls.call("GET /coops/" + c + "/meetings/" + meetingId + "/motions/" + motionId
                + "/ballots", bearer -> api.ballots(bearer, c, meetingId, motionId));
        list = ballots.found().map(BallotList::new).orElse(null);
        loadProblem = Refusal.of(ballots);
        result = calls.call("GET /coops/" + c + "/meetings/" + meetingId + "/results", bearer -> api.results(bearer, c, meetingId))
                .found().orElse(List.of()).stream().filter(r -> r.motionId() == motionId).findFirst().orElse(null);
    }

    public void check() {
        checked = !receipt.isBlank();
        mine = list == null ? null : list.find(receipt).orElse(null);
    }

    /** The chain holds, and it ends where the sealed result says it does. */
    public boolean isIntact() {
        return list != null && list.isIntact() && (result == null || result.ballotListHead() == null
                || result.ballotListHead().equalsIgnoreCase(list.head()));
    }

    /** The recount agrees with the API's result: per choice, or for an election per candidate and in blank ballots. */
    public boolean isRecountAgrees() {
        if (list == null || result == null) {
            return false;
        }
        if (result.election() != null) {
            return result.election().blank() == list.getBlank() && result.election().candidates().stream()
                    .allMatch(c -> c.votes() == list.votesFor(c.number()));
        }
        return result.yes() == list.getYes() && result.no() == list.getNo() && result.abstain() == list.getAbstain();
    }

    /** An election's candidates with the votes the list gives each, in ballot order. */
    public List<Recounted> getRecount() {
        if (list == null || motion == null || motion.election() == null) {
            return List.of();
        }
        return motion.election().candidates().stream().map(c -> new Recounted(c, list.votesFor(c.number()))).toList();
    }

    /** A line's election choice in words ("1. 김민준 · 3. 최도윤"); empty for BLANK or a resolution's choice. */
    public String names(String choice) {
        return motion == null || motion.election() == null ? ""
                : MeetingPage.names(motion.election(), BallotList.numbers(choice));
    }

    public boolean isElection() {
        return motion != null && motion.election() != null;
    }

    /** A candidate and the votes the published list gives them. */
    public record Recounted(Election.Candidate candidate, long votes) {
    }

    public boolean isFound() {
        return list != null;
    }

    public Meeting getMeeting() { return meeting; }
    public Motion getMotion() { return motion; }
    public MotionResult getResult() { return result; }
    public BallotList getList() { return list; }
    public Refusal getLoadProblem() { return loadProblem; }
    public boolean isChecked() { return checked; }
    public PublishedBallot getMine() { return mine; }
    public String getReceipt() { return receipt; }
    public void setReceipt(String v) { receipt = Inputs.orEmpty(v); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getMeetingParam() { return meetingParam; }
    public void setMeetingParam(String v) { if (v != null) { meetingParam = v; } }
    public String getMotionParam() { return motionParam; }
    public void setMotionParam(String v) { if (v != null) { motionParam = v; } }
}
