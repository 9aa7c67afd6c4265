package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A payout statement ({@code #{payoutStatement}}, {@code /payout-statement?coop=N&run=R}, printable): the pool and
 * its deductions, the formula, the member's work, share and part, withholding, payable, paid or not; a reversed one
 * marked as corrected. The member's own without {@code member}; the board and a consultant add {@code &member=M}.
 */
@Named("payoutStatement")
@ViewScoped
public class PayoutStatementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient PayoutsClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String runParam;
    private String memberParam;
    private Cooperative cooperative;
    private String memberName;
    private Integer memberNumber;
    private boolean own;
    private Statement statement;
    private Refusal loadProblem;

    public void load() {
        OptionalLong coop = Ids.parse(coopParam);
        OptionalLong run = Ids.parse(runParam);
        if (coop.isEmpty() || run.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        OptionalLong member = Ids.parse(memberParam);
        if (member.isEmpty()) {
            Answer<List<MyMembership>> mine = calls.call("GET /me/memberships", api::myMemberships);
            MyMembership m = mine.found().orElse(List.of()).stream()
                    .filter(x -> x.member() != null && x.coop().id() == c).findFirst().orElse(null);
            if (m == null) {
                loadProblem = mine instanceof Answer.Found ? Refusal.of(new Answer.NotFound<>()) : Refusal.of(mine);
                return;
            }
            own = true;
            member = OptionalLong.of(m.member().id());
            memberName = m.member().name();
            memberNumber = m.member().memberNumber();
        }
        long m = member.getAsLong();
        Answer<List<Statement>> answer = calls.call("GET /coops/" + c + "/members/" + m + "/payouts", bearer -> api.statements(bearer, c, m));
        loadProblem = Refusal.of(answer);
        statement = answer.found().orElse(List.of()).stream().filter(s -> s.runId() == run.getAsLong()).findFirst().orElse(null);
        if (statement == null && loadProblem == null) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
        }
        cooperative = access.cooperative(c).found().orElse(null);
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getRunParam() { return runParam; }
    public void setRunParam(String v) { if (v != null) { runParam = v; } }
    public String getMemberParam() { return memberParam; }
    public void setMemberParam(String v) { if (v != null) { memberParam = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public String getMemberName() { return memberName; }
    public Integer getMemberNumber() { return memberNumber; }
    public boolean isOwn() { return own; }
    public Statement getStatement() { return statement; }
    public Refusal getLoadProblem() { return loadProblem; }
}
