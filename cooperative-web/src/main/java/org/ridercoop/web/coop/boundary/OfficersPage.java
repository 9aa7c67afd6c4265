package org.ridercoop.web.coop.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.control.CooperativeClient;
import org.ridercoop.web.coop.entity.Appointment;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The board positions ({@code #{officers}}, {@code /officers?coop=N}): who holds which office for which term, the
 * appointment the general assembly decided (an active member, a position, the term's first and last day), and a
 * term ended early. The API holds the rules (one chair, terms of at most four years, …).
 */
@Named("officers")
@ViewScoped
public class OfficersPage implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> POSITIONS = List.of("CHAIR", "DIRECTOR", "AUDITOR");

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient CooperativeClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private List<Officer> officers = List.of();
    private List<Member> activeMembers = List.of();
    private Refusal loadProblem;

    private String membershipId = "";
    private String position = "DIRECTOR";
    private String termStart = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
    private String termEnd = "";
    private final Map<Long, String> endOn = new HashMap<>();
    private String refusalFor;
    private Refusal refusal;

    public void load() {
        var id = Ids.parse(coopParam);
        if (id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        Answer<Cooperative> coop = access.cooperative(id.getAsLong());
        cooperative = coop.found().orElse(null);
        if (cooperative == null) {
            loadProblem = Refusal.of(coop);
            return;
        }
        long c = cooperative.id();
        Answer<List<Officer>> board = calls.call("GET /coops/" + c + "/board", bearer -> api.board(bearer, c));
        officers = board.found().orElse(List.of()).stream()
                .sorted(Comparator.comparing(Officer::isInForce).reversed().thenComparing(CooperativePage.BY_POSITION))
                .toList();
        loadProblem = Refusal.of(board);
        manager = access.manages(c);
        if (manager) {
            activeMembers = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE", null))
                    .found().orElse(List.of()).stream().filter(Member::isActive)
                    .sorted(Comparator.comparing(Member::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
            officers.stream().filter(Officer::isInForce).forEach(o -> endOn.put(o.id(), today));
        }
    }

    public String appoint() {
        long c = cooperative.id();
        var body = new Appointment(Inputs.number(membershipId), Inputs.blankToNull(position), Inputs.date(termStart),
                Inputs.date(termEnd));
        return act("appoint", calls.call("POST /coops/" + c + "/board", bearer -> api.appoint(bearer, c, body)), "appointed");
    }

    public String endTerm(long positionId) {
        long c = cooperative.id();
        var body = new Appointment.End(Inputs.date(endOn.get(positionId)));
        return act("end-" + positionId, calls.call("POST /coops/" + c + "/board/" + positionId + "/end",
                bearer -> api.endTerm(bearer, c, positionId, body)), "ended");
    }

    private String act(String form, Answer<?> answer, String what) {
        if (answer instanceof Answer.Found) {
            return "/officers?faces-redirect=true&coop=" + cooperative.id() + "&done=" + what;
        }
        refusalFor = form;
        refusal = Refusal.of(answer);
        return null;
    }

    public Refusal refusal(String form) {
        return form.equals(refusalFor) ? refusal : null;
    }

    public String fieldError(String form, String field) {
        Refusal r = refusal(form);
        return r == null ? null : r.field(field);
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Officer> getOfficers() {
        return officers;
    }

    public List<Member> getActiveMembers() {
        return activeMembers;
    }

    public List<String> getPositions() {
        return POSITIONS;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Map<Long, String> getEndOn() {
        return endOn;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getMembershipId() { return membershipId; }
    public void setMembershipId(String v) { membershipId = Inputs.orEmpty(v); }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = Inputs.orEmpty(v); }
    public String getTermStart() { return termStart; }
    public void setTermStart(String v) { termStart = Inputs.orEmpty(v); }
    public String getTermEnd() { return termEnd; }
    public void setTermEnd(String v) { termEnd = Inputs.orEmpty(v); }
}
