package org.ridercoop.web.dues.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * "My dues" ({@code #{myDues}}, {@code /my-dues?coop=N}): the signed-in member's own account in a cooperative:
 * what they owe or have paid ahead, the months unpaid and how old, the warning once those months reach the
 * articles' ground for expulsion, every month charged and every payment. Without {@code coop} the page shows the
 * only membership there is, or lets the person choose.
 */
@Named("myDues")
@ViewScoped
public class MyDuesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient DuesClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private List<MyMembership> memberships = List.of();
    private MyMembership chosen;
    private Cooperative cooperative;
    private DuesAccount account;
    private Refusal loadProblem;

    public void load() {
        Answer<List<MyMembership>> mine = calls.call("GET /me/memberships", api::myMemberships);
        loadProblem = Refusal.of(mine);
        memberships = mine.found().orElse(List.of()).stream()
                .filter(m -> m.member() != null && m.member().isOnRegister()).toList();
        OptionalLong coop = Ids.parse(coopParam);
        if (coop.isPresent()) {
            chosen = memberships.stream().filter(m -> m.coop().id() == coop.getAsLong()).findFirst().orElse(null);
            if (chosen == null && loadProblem == null) {
                loadProblem = Refusal.of(new Answer.NotFound<>());
            }
        } else if (memberships.size() == 1) {
            chosen = memberships.getFirst();
        }
        if (chosen == null) {
            return;
        }
        long c = chosen.coop().id();
        long m = chosen.member().id();
        Answer<DuesAccount> answer = calls.call("GET /coops/" + c + "/members/" + m + "/dues", bearer -> api.account(bearer, c, m));
        account = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        cooperative = access.cooperative(c).found().orElse(null);
    }

    /** Several memberships and none chosen: the page lists them to choose from. */
    public boolean isChoosing() {
        return chosen == null && memberships.size() > 1 && loadProblem == null;
    }

    /** No membership of today anywhere: the page says so and leads to the application. */
    public boolean isWithoutMembership() {
        return memberships.isEmpty() && loadProblem == null;
    }

    /** The months unpaid after which the articles allow expulsion (§25); 0 when the cooperative could not be read. */
    public int getFlagMonths() {
        return cooperative == null ? 0 : cooperative.unpaidMonthsForExpulsion();
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public List<MyMembership> getMemberships() { return memberships; }
    public MyMembership getChosen() { return chosen; }
    public DuesAccount getAccount() { return account; }
    public Refusal getLoadProblem() { return loadProblem; }
}
