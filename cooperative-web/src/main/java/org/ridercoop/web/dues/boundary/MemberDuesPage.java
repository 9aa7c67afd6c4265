package org.ridercoop.web.dues.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A member's dues for the board and a consultant ({@code #{memberDues}}, {@code /member-dues?coop=N&id=M}): the
 * account as the member sees it, with who recorded each payment; for the board the payment form and the member's
 * plan. A payment that works goes back to the page with a GET that shows the new balance (post, redirect, get).
 */
@Named("memberDues")
@ViewScoped
public class MemberDuesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient DuesClient api;

    @Inject
    transient CoopAccess access;

    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private DuesAccount account;
    private boolean manager;
    private List<Plan> plans = List.of();
    private Refusal loadProblem;
    private final Map<String, Refusal> refusals = new HashMap<>();

    private PaymentForm payment;
    private String planId = "";
    private String planStartsOn = "";

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        payment = new PaymentForm(today());
        planStartsOn = today().toString();
        if (coop.isEmpty() || id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long m = id.getAsLong();
        Answer<DuesAccount> answer = calls.call("GET /coops/" + c + "/members/" + m + "/dues", bearer -> api.account(bearer, c, m));
        account = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (account == null) {
            return;
        }
        cooperative = access.cooperative(c).found().orElse(null);
        manager = access.manages(c);
        if (manager) {
            LocalDate today = today();
            plans = calls.call("GET /coops/" + c + "/dues/plans", bearer -> api.plans(bearer, c)).found().orElse(List.of())
                    .stream().filter(p -> !"ended".equals(p.stateOn(today))).toList();
            if (account.planToday() != null && !account.planToday().standard()) {
                planId = String.valueOf(account.planToday().id());
            }
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    public String recordPayment() {
        DuesCommands.Payment body = payment.body();
        String key = payment.keyFor(account.membershipId(), body);
        return act("payment", "/dues/payments", bearer -> api.pay(bearer, key, coop(), id(), body), "paid");
    }

    /** The member pays on the chosen plan from the day given; no plan chosen: the standard one. */
    public String assignPlan() {
        var body = new DuesCommands.AssignPlan(Ids.parse(planId).stream().boxed().findFirst().orElse(null), Inputs.date(planStartsOn));
        return act("plan", "/dues/plan", bearer -> api.assignPlan(bearer, coop(), id(), body), "plan");
    }

    private String act(String form, String path, Function<String, DuesAccount> call, String what) {
        refusals.clear();
        Answer<DuesAccount> answer = calls.call("member dues " + path, call);
        if (answer instanceof Answer.Found) {
            return "/member-dues?faces-redirect=true&coop=" + coop() + "&id=" + id() + "&done=" + what;
        }
        refusals.put(form, Refusal.of(answer));
        if (answer instanceof Answer.Refused && "payment".equals(form)) {
            payment.refused();
        }
        return null;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    private long id() {
        return account.membershipId();
    }

    public Refusal refusal(String form) {
        return refusals.get(form);
    }

    public String fieldError(String form, String field) {
        Refusal refusal = refusals.get(form);
        return refusal == null ? null : refusal.field(field);
    }

    public int getFlagMonths() {
        return cooperative == null ? 0 : cooperative.unpaidMonthsForExpulsion();
    }

    public List<String> getMethods() {
        return DuesAccount.METHODS;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public DuesAccount getAccount() { return account; }
    public boolean isManager() { return manager; }
    public List<Plan> getPlans() { return plans; }
    public Refusal getLoadProblem() { return loadProblem; }
    public PaymentForm getPayment() { return payment; }
    public String getPlanId() { return planId; }
    public void setPlanId(String v) { planId = Inputs.orEmpty(v); }
    public String getPlanStartsOn() { return planStartsOn; }
    public void setPlanStartsOn(String v) { planStartsOn = Inputs.orEmpty(v); }
}
