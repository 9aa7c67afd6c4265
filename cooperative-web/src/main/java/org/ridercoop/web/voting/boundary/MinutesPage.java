package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Minutes;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * The minutes of a closed meeting (§30) ({@code #{minutesPage}}, {@code /minutes?coop=N&meeting=M}): a document to
 * read on a phone and to print on A4, with attendance, results, proceedings and the signatures. The board drafts
 * it (the chair, at least three members who sign, the proceedings) until the first signature; a signatory signs it
 * with one button. The API checks who may sign and that a signed draft no longer changes.
 */
@Named("minutesPage")
@ViewScoped
public class MinutesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** §30: the chair and at least this many members sign. */
    public static final int MIN_SIGNATORIES = 3;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String meetingParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Minutes minutes;
    private List<RollMember> members = List.of();
    private Refusal loadProblem;
    private Refusal refusal;
    private Refusal signRefusal;

    private String chair = "";
    private final Map<Long, Boolean> signatories = new HashMap<>();
    private String proceedings = "";

    public void load() {
        var coop = Ids.parse(coopParam);
        var m = Ids.parse(meetingParam);
        if (coop.isEmpty() || m.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long meetingId = m.getAsLong();
        cooperative = access.cooperative(c).found().orElse(null);
        manager = cooperative != null && access.manages(c);
        Answer<Minutes> answer = calls.call("GET /coops/" + c + "/meetings/" + meetingId + "/minutes",
                bearer -> api.minutes(bearer, c, meetingId));
        minutes = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (minutes != null && isDraftable()) {
            members = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE"))
                    .found().orElse(List.of()).stream()
                    .sorted(Comparator.comparing(RollMember::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            fillFormFromDraft();
        }
    }

    /** The form starts from the draft there is, so that the board changes it rather than types it again. */
    private void fillFormFromDraft() {
        for (Minutes.Signatory s : minutes.signatories()) {
            if (s.isChair()) {
                chair = Long.toString(s.membershipId());
            } else {
                signatories.put(s.membershipId(), Boolean.TRUE);
            }
        }
        proceedings = minutes.proceedings() == null ? "" : minutes.proceedings();
    }

    VotingCommands.DraftMinutes body() {
        var c = Ids.parse(chair);
        List<Long> signing = signatories.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        return new VotingCommands.DraftMinutes(c.isPresent() ? c.getAsLong() : null, signing, Inputs.blankToNull(proceedings));
    }

    public String save() {
        VotingCommands.DraftMinutes body = body();
        long c = coop();
        long m = minutes.meetingId();
        Answer<Minutes> answer = calls.call("PUT /coops/" + c + "/meetings/" + m + "/minutes",
                bearer -> api.draftMinutes(bearer, c, m, body));
        if (answer instanceof Answer.Found) {
            return here() + "&done=drafted";
        }
        refusal = Refusal.of(answer);
        return null;
    }

    /** The signed-in signatory signs; the API knows who they are. */
    public String sign() {
        long c = coop();
        long m = minutes.meetingId();
        Answer<Minutes> answer = calls.call("POST /coops/" + c + "/meetings/" + m + "/minutes/signatures",
                bearer -> api.signMinutes(bearer, c, m));
        if (answer instanceof Answer.Found) {
            return here() + "&done=signed";
        }
        signRefusal = answer instanceof Answer.Forbidden ? new Refusal("problem.not-a-signatory", null, Map.of())
                : Refusal.of(answer);
        return null;
    }

    private String here() {
        return "/minutes?faces-redirect=true&coop=" + coop() + "&meeting=" + minutes.meetingId();
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    /** The board may (re)draft until the first signature. */
    public boolean isDraftable() {
        return manager && minutes != null && !minutes.isAnySigned();
    }

    public boolean isFound() {
        return minutes != null;
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    /** The signatories' field errors, whatever their index ({@code signatoryMembershipIds[1]}). */
    public String getSignatoriesError() {
        if (refusal == null) {
            return null;
        }
        List<String> messages = refusal.fields().entrySet().stream().filter(e -> e.getKey().startsWith("signatoryMembershipIds"))
                .map(Map.Entry::getValue).distinct().toList();
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    /** The results in the order of the agenda. */
    public List<MotionResult> getResults() {
        return minutes == null ? List.of() : minutes.results().stream().sorted(Comparator.comparingInt(MotionResult::seq)).toList();
    }

    public Minutes getMinutes() { return minutes; }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public List<RollMember> getMembers() { return members; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getRefusal() { return refusal; }
    public Refusal getSignRefusal() { return signRefusal; }
    public int getMinSignatories() { return MIN_SIGNATORIES; }
    public String getChair() { return chair; }
    public void setChair(String v) { chair = Inputs.orEmpty(v); }
    public Map<Long, Boolean> getSignatories() { return signatories; }
    public String getProceedings() { return proceedings; }
    public void setProceedings(String v) { proceedings = Inputs.orEmpty(v); }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getMeetingParam() { return meetingParam; }
    public void setMeetingParam(String v) { if (v != null) { meetingParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
}
