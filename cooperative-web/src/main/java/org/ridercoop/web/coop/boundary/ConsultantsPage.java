package org.ridercoop.web.coop.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.control.CooperativeClient;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The consultants the cooperative lets read its books ({@code #{consultants}}, {@code /consultants?coop=N}): the
 * grants in force and revoked, a new grant by e-mail address and name, and revoking one. Board and operator only.
 */
@Named("consultants")
@ViewScoped
public class ConsultantsPage implements Serializable {
    private static final long serialVersionUID = 1L;

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
    private List<ConsultantGrant> grants = List.of();
    private Refusal loadProblem;
    private String email = "";
    private String name = "";
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
        Answer<List<ConsultantGrant>> answer = access.grants(cooperative.id());
        manager = answer instanceof Answer.Found;
        grants = answer.found().orElse(List.of()).stream()
                .sorted(Comparator.comparing(ConsultantGrant::inForce).reversed()
                        .thenComparing(ConsultantGrant::grantedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        loadProblem = answer instanceof Answer.Forbidden ? null : Refusal.of(answer);
    }

    public String grant() {
        long c = cooperative.id();
        var body = new ConsultantGrant.New(Inputs.blankToNull(email), Inputs.blankToNull(name));
        return act(calls.call("POST /coops/" + c + "/consultants", bearer -> api.grant(bearer, c, body)), "granted");
    }

    public String revoke(long grantId) {
        long c = cooperative.id();
        return act(calls.call("DELETE /coops/" + c + "/consultants/" + grantId, bearer -> {
            api.revoke(bearer, c, grantId);
            return Boolean.TRUE;
        }), "revoked");
    }

    private String act(Answer<?> answer, String what) {
        if (answer instanceof Answer.Found) {
            return "/consultants?faces-redirect=true&coop=" + cooperative.id() + "&done=" + what;
        }
        refusal = Refusal.of(answer);
        return null;
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isManager() {
        return manager;
    }

    public List<ConsultantGrant> getGrants() {
        return grants;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = Inputs.orEmpty(v); }
    public String getName() { return name; }
    public void setName(String v) { name = Inputs.orEmpty(v); }
}
