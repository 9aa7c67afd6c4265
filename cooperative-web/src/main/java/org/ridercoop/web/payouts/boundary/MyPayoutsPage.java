package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.i18n.CurrentLanguage;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.PayoutChart;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * "My payouts" ({@code #{myPayouts}}, {@code /my-payouts?coop=N}): the signed-in member's statements period by
 * period, latest first, with a bar chart of the last twelve; each leads to its statement. Without {@code coop} the
 * page shows the only membership there is, or lets the person choose.
 */
@Named("myPayouts")
@ViewScoped
public class MyPayoutsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient PayoutsClient api;

    @Inject
    transient CurrentLanguage language;

    private String coopParam;
    private List<MyMembership> memberships = List.of();
    private MyMembership chosen;
    private List<Statement> statements = List.of();
    private List<PayoutChart.Bar> bars = List.of();
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
        Answer<List<Statement>> answer = calls.call("GET /coops/" + c + "/members/" + m + "/payouts", bearer -> api.statements(bearer, c, m));
        loadProblem = Refusal.of(answer);
        statements = answer.found().orElse(List.of());
        bars = PayoutChart.bars(statements, language.getLocale());
    }

    public boolean isChoosing() {
        return chosen == null && memberships.size() > 1 && loadProblem == null;
    }

    public boolean isWithoutMembership() {
        return memberships.isEmpty() && loadProblem == null;
    }

    /** What was paid out over the periods charted (corrected ones not counted). */
    public long getChartedWon() {
        return bars.stream().mapToLong(PayoutChart.Bar::payableWon).sum();
    }

    public int getChartWidth() { return PayoutChart.WIDTH; }
    public int getChartBaseline() { return PayoutChart.BASELINE; }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public List<MyMembership> getMemberships() { return memberships; }
    public MyMembership getChosen() { return chosen; }
    public List<Statement> getStatements() { return statements; }
    public List<PayoutChart.Bar> getBars() { return bars; }
    public Refusal getLoadProblem() { return loadProblem; }
}
