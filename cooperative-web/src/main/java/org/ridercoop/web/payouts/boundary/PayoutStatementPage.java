package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.OptionalLong;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A payout statement ({@code #{payoutStatement}}, {@code /payout-statement?coop=N&run=R}, printable, and as a PDF
 * from {@link StatementDownload}): the pool and its deductions, the formula, the member's work, share and part,
 * withholding and its rate, payable, paid or not; a reversed one marked as corrected. The member's own without
 * {@code member}; the board and a consultant add {@code &member=M}.
 */
@Named("payoutStatement")
@ViewScoped
public class PayoutStatementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient StatementLookup lookup;

    private String coopParam;
    private String runParam;
    private String memberParam;
    private MemberStatement found;
    private Refusal loadProblem;

    public void load() {
        OptionalLong coop = Ids.parse(coopParam);
        OptionalLong run = Ids.parse(runParam);
        if (coop.isEmpty() || run.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        Answer<MemberStatement> answer = lookup.find(coop.getAsLong(), run.getAsLong(), Ids.parse(memberParam));
        loadProblem = Refusal.of(answer);
        found = answer.found().orElse(null);
    }

    /** The PDF of the same statement, for the member asked for or the reader's own. */
    public String getPdfQuery() {
        String query = "coop=" + coopParam + "&run=" + runParam;
        return Ids.parse(memberParam).isPresent() ? query + "&member=" + memberParam : query;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getRunParam() { return runParam; }
    public void setRunParam(String v) { if (v != null) { runParam = v; } }
    public String getMemberParam() { return memberParam; }
    public void setMemberParam(String v) { if (v != null) { memberParam = v; } }
    public String getCoopName() { return found == null ? null : found.coopName(); }
    public String getMemberName() { return found == null ? null : found.memberName(); }
    public Integer getMemberNumber() { return found == null ? null : found.memberNumber(); }
    /** The reader's own statement (no {@code member} asked for): the way back is to their payouts. */
    public boolean isOwn() { return Ids.parse(memberParam).isEmpty(); }
    public Statement getStatement() { return found == null ? null : found.statement(); }
    public Refusal getLoadProblem() { return loadProblem; }
}
