package org.ridercoop.web.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * "My membership" ({@code #{my}}, {@code /my}): each of the person's memberships in every status, with its history,
 * and the withdrawal of an active one, asked for in two steps so that a stray tap does not end a membership.
 */
@Named("my")
@ViewScoped
public class MyMembershipsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient MembershipClient api;

    private List<MyMembership> memberships = List.of();
    private Refusal loadProblem;
    private String applied;
    private String done;
    /** The member id whose withdrawal waits for the second tap. */
    private Long confirming;
    private Refusal refusal;

    public void load() {
        Answer<List<MyMembership>> answer = calls.call("GET /me/memberships", api::myMemberships);
        memberships = answer.found().orElse(List.of());
        loadProblem = Refusal.of(answer);
    }

    public void askWithdrawal(long memberId) {
        refusal = null;
        confirming = memberId;
    }

    public void cancelWithdrawal() {
        confirming = null;
    }

    public boolean isConfirming(long memberId) {
        return confirming != null && confirming == memberId;
    }

    public String confirmWithdrawal() {
        Optional<MyMembership> mine = memberships.stream()
                .filter(m -> confirming != null && m.member().id() == confirming).findFirst();
        if (mine.isEmpty()) {
            return null;
        }
        long coop = mine.get().coop().id();
        long member = mine.get().member().id();
        Answer<?> answer = calls.call("POST /coops/" + coop + "/members/" + member + "/withdrawal",
                bearer -> api.withdraw(bearer, coop, member, new Commands.Withdrawal(null)));
        if (answer instanceof Answer.Found) {
            return "/my?faces-redirect=true&done=withdrawal";
        }
        refusal = Refusal.of(answer);
        return null;
    }

    /** The cooperative just applied to, when the person arrives here from the application. */
    public MyMembership getJustApplied() {
        return Ids.parse(applied).stream().boxed()
                .flatMap(id -> memberships.stream().filter(m -> m.coop().id() == id)).findFirst().orElse(null);
    }

    public List<MyMembership> getMemberships() {
        return memberships;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public Long getConfirming() {
        return confirming;
    }

    public String getApplied() { return applied; }
    public void setApplied(String v) { if (v != null) { applied = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
}
