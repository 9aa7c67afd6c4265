package org.ridercoop.web.voting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Delegates;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * The delegates (대의원, §31; {@code #{delegatesPage}}, {@code /delegates?coop=N}): how many are in office against
 * the tenth of the members a delegates' assembly needs, their terms (current ones first, then the past), and for
 * the board the record of a delegate elected (an active member, a term of at most four years) and a term ended
 * today. The API holds the rules; its refusal shows by the form or the delegate it concerns.
 */
@Named("delegatesPage")
@ViewScoped
public class DelegatesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient VotingClient api;

    @Inject
    transient CoopAccess access;

    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String done;
    private Cooperative cooperative;
    private boolean manager;
    private Delegates delegates;
    private List<Delegates.Delegate> terms = List.of();
    private List<RollMember> activeMembers = List.of();
    private Refusal loadProblem;

    private String membershipId = "";
    private String termStart = LocalDate.now(KOREA).toString();
    private String termEnd = "";
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
        Answer<Delegates> answer = calls.call("GET /coops/" + c + "/delegates", bearer -> api.delegates(bearer, c));
        delegates = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        terms = delegates == null ? List.of() : delegates.delegates().stream()
                .sorted(Comparator.comparing(Delegates.Delegate::inOffice).reversed())
                .toList();
        manager = delegates != null && access.manages(c);
        if (manager) {
            activeMembers = calls.call("GET /coops/" + c + "/members?status=ACTIVE", bearer -> api.members(bearer, c, "ACTIVE"))
                    .found().orElse(List.of()).stream()
                    .sorted(Comparator.comparing(RollMember::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }

    VotingCommands.ElectDelegate body() {
        return new VotingCommands.ElectDelegate(Inputs.number(membershipId), Inputs.date(termStart), Inputs.date(termEnd));
    }

    public String elect() {
        long c = cooperative.id();
        VotingCommands.ElectDelegate body = body();
        return act("elect", calls.call("POST /coops/" + c + "/delegates", bearer -> api.electDelegate(bearer, c, body)), "elected");
    }

    /** The delegate's term ends today (resigned, recalled, or no longer a member). */
    public String endTerm(long delegateId) {
        long c = cooperative.id();
        return act("end-" + delegateId, calls.call("POST /coops/" + c + "/delegates/" + delegateId + "/end",
                bearer -> api.endDelegate(bearer, c, delegateId)), "ended");
    }

    private String act(String form, Answer<?> answer, String what) {
        if (answer instanceof Answer.Found) {
            return "/delegates?faces-redirect=true&coop=" + cooperative.id() + "&done=" + what;
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

    /** Where a term stands today: {@code inoffice}, {@code upcoming}, {@code over} (its last day passed) or {@code ended} early. */
    public String termState(Delegates.Delegate d) {
        if (d.endedOn() != null) {
            return "ended";
        }
        if (d.inOffice()) {
            return "inoffice";
        }
        return today().isBefore(d.termStart()) ? "upcoming" : "over";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** The board may end a term that has not ended: in office, or not yet begun (the API then ends it on its first day). */
    public boolean canEnd(Delegates.Delegate d) {
        return manager && d.endedOn() == null && !today().isAfter(d.termEnd());
    }

    /** The state the page leads with: {@code enough}, {@code short} of delegates, or {@code small} (200 members or fewer). */
    public String getState() {
        if (delegates == null) {
            return null;
        }
        if (!delegates.isLargeEnough()) {
            return "small";
        }
        return delegates.isEnough() ? "enough" : "short";
    }

    public Cooperative getCooperative() { return cooperative; }
    public boolean isManager() { return manager; }
    public Delegates getDelegates() { return delegates; }
    public List<Delegates.Delegate> getTerms() { return terms; }
    public List<RollMember> getActiveMembers() { return activeMembers; }
    public Refusal getLoadProblem() { return loadProblem; }
    public int getThreshold() { return Delegates.THRESHOLD; }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getMembershipId() { return membershipId; }
    public void setMembershipId(String v) { membershipId = Inputs.orEmpty(v); }
    public String getTermStart() { return termStart; }
    public void setTermStart(String v) { termStart = Inputs.orEmpty(v); }
    public String getTermEnd() { return termEnd; }
    public void setTermEnd(String v) { termEnd = Inputs.orEmpty(v); }
}
