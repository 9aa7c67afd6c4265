package org.ridercoop.web.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A member's page ({@code #{memberPage}}, {@code /member?coop=N&id=M}): status, shares and capital, history, refund,
 * expulsion cases and offices; for the board and the operator the forms that change them. Each form keeps its own
 * refusal, so the API's reasons appear beside the form they are about. Every change that works goes back to the
 * page with a GET (post, redirect, get), so a reload never sends it twice.
 */
@Named("memberPage")
@ViewScoped
public class MemberPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    public static final List<String> GROUNDS = List.of("NON_USE", "UNPAID", "OTHER");

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient MembershipClient api;

    @Inject
    transient CoopAccess access;

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private MemberDetail detail;
    private boolean manager;
    private boolean own;
    private Refusal loadProblem;
    private final Map<String, Refusal> refusals = new HashMap<>();

    private String paymentAmount = "";
    private String paymentDate = today();
    private String subscribeShares = "1";
    private String diedOn = "";
    private String caseGround = "NON_USE";
    private String caseDetails = "";
    private String caseNotice = today();
    private String caseAssembly = "";
    private String valuationAmount = "";
    private boolean withheld;
    private String withholdReason = "";
    private String refundPaidOn = today();
    private String contactName = "";
    private String contactPhone = "";
    /** The version of the member the contact form showed: the API refuses a change made on top of another. */
    private Long shownVersion;
    /**
     * The Idempotency-Key of this page's money-moving request: a second tap on the same form sends the same key, and
     * the API records the payment once. A refused request gets a new key, as the corrected one is another request.
     */
    private String idempotencyKey = UUID.randomUUID().toString();

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        if (coop.isEmpty() || id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long m = id.getAsLong();
        Answer<MemberDetail> answer = calls.call("GET /coops/" + c + "/members/" + m, bearer -> api.member(bearer, c, m));
        detail = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (detail == null) {
            return;
        }
        cooperative = access.cooperative(c).found().orElse(null);
        manager = access.manages(c);
        own = !manager && calls.call("GET /me/memberships", api::myMemberships).found().orElse(List.of()).stream()
                .map(MyMembership::member).anyMatch(mine -> mine != null && mine.id() == m);
        Member member = detail.member();
        contactName = Inputs.orEmpty(member.name());
        contactPhone = Inputs.orEmpty(member.phone());
        shownVersion = member.version();
        if (detail.refund() != null && detail.refund().amountWon() != null) {
            valuationAmount = String.valueOf(detail.refund().amountWon());
        }
        if (detail.refund() != null) {
            withheld = detail.refund().withheld();
            withholdReason = Inputs.orEmpty(detail.refund().withholdReason());
        }
    }

    static String today() {
        return LocalDate.now(KOREA).toString();
    }

    public String recordPayment() {
        var body = new Commands.Payment(Inputs.number(paymentAmount), Inputs.date(paymentDate));
        String key = idempotencyKey;
        return act("payment", "/capital/payments", bearer -> api.recordPayment(bearer, key, coop(), id(), body));
    }

    public String subscribe() {
        var body = new Commands.Subscription(Inputs.integer(subscribeShares));
        String key = idempotencyKey;
        return act("subscription", "/capital/subscriptions", bearer -> api.subscribe(bearer, key, coop(), id(), body));
    }

    public String recordDeath() {
        var body = new Commands.Death(Inputs.date(diedOn));
        return act("death", "/death", bearer -> api.recordDeath(bearer, coop(), id(), body));
    }

    public String openCase() {
        var body = new Commands.NewExpulsionCase(Inputs.blankToNull(caseGround), Inputs.blankToNull(caseDetails),
                Inputs.date(caseNotice), Inputs.date(caseAssembly));
        return act("case", "/expulsion-cases", bearer -> api.openExpulsionCase(bearer, coop(), id(), body));
    }

    public String dropCase(long caseId) {
        return act("drop", "/expulsion-cases/" + caseId + "/drop", bearer -> api.dropExpulsionCase(bearer, coop(), id(), caseId));
    }

    public String valueRefund() {
        var body = new Commands.Valuation(Inputs.number(valuationAmount));
        return act("valuation", "/refund/valuation", bearer -> api.valueRefund(bearer, coop(), id(), body));
    }

    public String withholdRefund() {
        var body = new Commands.Withholding(withheld, Inputs.blankToNull(withholdReason));
        return act("withholding", "/refund/withholding", bearer -> api.withholdRefund(bearer, coop(), id(), body));
    }

    public String payRefund() {
        var body = new Commands.RefundPayment(Inputs.date(refundPaidOn));
        String key = idempotencyKey;
        return act("refund", "/refund/payment", bearer -> api.payRefund(bearer, key, coop(), id(), body));
    }

    public String changeContact() {
        var body = new Commands.Contact(contactName.strip(), Inputs.blankToNull(contactPhone));
        String ifMatch = shownVersion == null ? null : "\"" + shownVersion + "\"";
        return act("contact", "/contact", bearer -> api.changeContact(bearer, ifMatch, coop(), id(), body));
    }

    /** Calls the API; on success back to the page with a GET that says what was done, else the refusal by the form. */
    private String act(String form, String path, Function<String, ?> call) {
        refusals.clear();
        Answer<?> answer = calls.call("member " + path, call);
        if (answer instanceof Answer.Found) {
            return "/member?faces-redirect=true&coop=" + coop() + "&id=" + id() + "&done=" + form;
        }
        refusals.put(form, Refusal.of(answer));
        if (answer instanceof Answer.Refused) {
            idempotencyKey = UUID.randomUUID().toString();
        }
        return null;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    private long id() {
        return detail.member().id();
    }

    public Refusal refusal(String form) {
        return refusals.get(form);
    }

    public String fieldError(String form, String field) {
        Refusal refusal = refusals.get(form);
        return refusal == null ? null : refusal.field(field);
    }

    public boolean isFound() {
        return detail != null;
    }

    /** Capital moves only for a member of today. */
    public boolean isCapitalOpen() {
        return manager && detail != null && detail.member().isOnRegister();
    }

    public boolean isContactEditable() {
        return detail != null && (manager || own);
    }

    /** A case can be opened against an active member with none pending. */
    public boolean isCaseOpenable() {
        return manager && detail != null && detail.member().isActive() && !detail.hasPendingCase();
    }

    public boolean isRefundOpen() {
        return manager && detail != null && detail.refund() != null && !detail.refund().isPaid();
    }

    public Member getMember() {
        return detail == null ? null : detail.member();
    }

    public MemberDetail getDetail() {
        return detail;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isManager() {
        return manager;
    }

    /** The signed-in person's own membership (and they do not run the cooperative). */
    public boolean isOwn() {
        return own;
    }

    public Refusal getLoadProblem() {
        return loadProblem;
    }

    public List<String> getGrounds() {
        return GROUNDS;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getPaymentAmount() { return paymentAmount; }
    public void setPaymentAmount(String v) { paymentAmount = Inputs.orEmpty(v); }
    public String getPaymentDate() { return paymentDate; }
    public void setPaymentDate(String v) { paymentDate = Inputs.orEmpty(v); }
    public String getSubscribeShares() { return subscribeShares; }
    public void setSubscribeShares(String v) { subscribeShares = Inputs.orEmpty(v); }
    public String getDiedOn() { return diedOn; }
    public void setDiedOn(String v) { diedOn = Inputs.orEmpty(v); }
    public String getCaseGround() { return caseGround; }
    public void setCaseGround(String v) { caseGround = Inputs.orEmpty(v); }
    public String getCaseDetails() { return caseDetails; }
    public void setCaseDetails(String v) { caseDetails = Inputs.orEmpty(v); }
    public String getCaseNotice() { return caseNotice; }
    public void setCaseNotice(String v) { caseNotice = Inputs.orEmpty(v); }
    public String getCaseAssembly() { return caseAssembly; }
    public void setCaseAssembly(String v) { caseAssembly = Inputs.orEmpty(v); }
    public String getValuationAmount() { return valuationAmount; }
    public void setValuationAmount(String v) { valuationAmount = Inputs.orEmpty(v); }
    public boolean isWithheld() { return withheld; }
    public void setWithheld(boolean v) { withheld = v; }
    public String getWithholdReason() { return withholdReason; }
    public void setWithholdReason(String v) { withholdReason = Inputs.orEmpty(v); }
    public String getRefundPaidOn() { return refundPaidOn; }
    public void setRefundPaidOn(String v) { refundPaidOn = Inputs.orEmpty(v); }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = Inputs.orEmpty(v); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = Inputs.orEmpty(v); }
}
