package org.ridercoop.web.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The board's inbox of applications ({@code #{applications}}, {@code /applications?coop=N}): each applicant with
 * an approve button, and a refusal that needs a reason (the applicant is told why, §21). Board and operator only.
 */
@Named("applications")
@ViewScoped
public class ApplicationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient MembershipClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String approved;
    private String refused;
    private Cooperative cooperative;
    private boolean manager;
    private List<Member> applicants = List.of();
    private Refusal loadProblem;
    private final Map<Long, String> reasons = new HashMap<>();
    /** The applicant a refusal of the API is about, and the refusal. */
    private Long refusalFor;
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
        manager = access.manages(cooperative.id());
        if (manager) {
            long c = cooperative.id();
            Answer<List<Member>> answer = calls.call("GET /coops/" + c + "/members?status=APPLICANT",
                    bearer -> api.members(bearer, c, Member.APPLICANT, null));
            applicants = answer.found().orElse(List.of()).stream().filter(Member::isApplicant).toList();
            loadProblem = Refusal.of(answer);
        }
    }

    public String approve(long memberId) {
        long c = cooperative.id();
        Answer<Member> answer = calls.call("POST /coops/" + c + "/applications/" + memberId + "/approval",
                bearer -> api.approve(bearer, c, memberId));
        if (answer instanceof Answer.Found<Member> found) {
            Integer number = found.value() == null ? null : found.value().memberNumber();
            return here() + "&approved=" + (number == null ? "" : number);
        }
        return refused(memberId, answer);
    }

    public String refuse(long memberId) {
        long c = cooperative.id();
        Commands.Refusal body = new Commands.Refusal(Inputs.blankToNull(reasons.get(memberId)));
        Answer<?> answer = calls.call("POST /coops/" + c + "/applications/" + memberId + "/refusal",
                bearer -> api.refuse(bearer, c, memberId, body));
        if (answer instanceof Answer.Found) {
            return here() + "&refused=1";
        }
        return refused(memberId, answer);
    }

    private String refused(long memberId, Answer<?> answer) {
        refusalFor = memberId;
        refusal = Refusal.of(answer);
        return null;
    }

    private String here() {
        return "/applications?faces-redirect=true&coop=" + cooperative.id();
    }

    public Refusal refusalOf(long memberId) {
        return refusalFor != null && refusalFor == memberId ? refusal : null;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isManager() {
        return manager;
    }

    public List<Member> getApplicants() {
        return applicants;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getApproved() { return approved; }
    public void setApproved(String v) { if (v != null) { approved = v; } }
    public String getRefused() { return refused; }
    public void setRefused(String v) { if (v != null) { refused = v; } }
}
