package org.ridercoop.web.dues.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.Arrears;
import org.ridercoop.web.dues.entity.BillingRun;
import org.ridercoop.web.dues.entity.Collection;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.dues.entity.PlanFees;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The cooperative's dues ({@code #{duesPage}}, {@code /dues?coop=N}) for the board and a consultant: the collection
 * rate month by month, who owes what and for how long (the spreadsheet of it), the plans; for the board the forms
 * to record a payment for any member, add or end a plan and bill a month. A plain member is told the page is the
 * board's (the API refuses them the arrears) and led to their own dues.
 */
@Named("duesPage")
@ViewScoped
public class DuesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    /** The collection shown: a year of months is what a board looks back on. */
    static final int MONTHS_SHOWN = 12;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient DuesClient api;

    @Inject
    transient CoopAccess access;

    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String done;
    private String doneMonth;
    private String doneCreated;
    private String doneWithout;
    private String doneQueued;
    /** A payment to prefill (from a bank statement's unmatched line): amount, day, payer's text. */
    private String prefillAmount;
    private String prefillDay;
    private String prefillReference;

    private Cooperative cooperative;
    private boolean reader;
    private boolean manager;
    private List<Arrears> arrears = List.of();
    private List<Collection> collection = List.of();
    private List<Plan> plans = List.of();
    private List<Member> members = List.of();
    private Refusal loadProblem;
    private final Map<String, Refusal> refusals = new HashMap<>();

    private PaymentForm payment;
    private String payee = "";
    private String planName = "";
    private String planKind = Plan.FLAT_MONTHLY;
    private String planAmount = "";
    private boolean planStandard = true;
    private String planStartsOn = "";
    private String planEndsOn = "";
    private final Map<Long, String> planEnds = new HashMap<>();
    private String billingMonth = "";

    public void load() {
        LocalDate today = today();
        payment = new PaymentForm(today);
        planStartsOn = today.plusMonths(1).withDayOfMonth(1).toString();
        billingMonth = YearMonth.from(today).toString();
        prefill();
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
        Answer<List<Arrears>> owing = calls.call("GET /coops/" + c + "/dues/arrears", bearer -> api.arrears(bearer, c));
        if (owing instanceof Answer.Forbidden) {
            return;
        }
        loadProblem = Refusal.of(owing);
        if (loadProblem != null) {
            return;
        }
        reader = true;
        arrears = owing.found().orElse(List.of());
        collection = calls.call("GET /coops/" + c + "/dues/collection", bearer -> api.collection(bearer, c)).found()
                .orElse(List.of()).stream().limit(MONTHS_SHOWN).toList();
        plans = calls.call("GET /coops/" + c + "/dues/plans", bearer -> api.plans(bearer, c)).found().orElse(List.of()).stream()
                .sorted(Comparator.comparing((Plan p) -> order(p.stateOn(today))).thenComparing(Plan::standard, Comparator.reverseOrder())
                        .thenComparing(Plan::startsOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        manager = access.manages(c);
        if (manager) {
            members = calls.call("GET /coops/" + c + "/members", bearer -> api.members(bearer, c, null)).found().orElse(List.of())
                    .stream().filter(Member::isOnRegister)
                    .sorted(Comparator.comparing(Member::memberNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            plans.forEach(p -> planEnds.put(p.id(), today.toString()));
        }
    }

    private static int order(String state) {
        return switch (state) {
            case "current" -> 0;
            case "upcoming" -> 1;
            default -> 2;
        };
    }

    /** A deposit the bank statement could not match, brought here to be recorded by hand. */
    private void prefill() {
        Long amount = Inputs.number(prefillAmount);
        if (amount != null && amount > 0) {
            payment.setAmount(String.valueOf(amount));
        }
        LocalDate day = Inputs.date(prefillDay);
        if (day != null) {
            payment.setPaidOn(day.toString());
        }
        if (prefillReference != null && !prefillReference.isBlank()) {
            payment.setReference(prefillReference.strip());
            payment.setMethod("TRANSFER");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** Records the payment for the member chosen and shows their account with it. */
    public String recordPayment() {
        OptionalLong member = Ids.parse(payee);
        if (member.isEmpty()) {
            refusals.clear();
            refusals.put("payment", new Refusal("problem.fields", null, Map.of("member", "")));
            return null;
        }
        long c = cooperative.id();
        long m = member.getAsLong();
        DuesCommands.Payment body = payment.body();
        String key = payment.keyFor(m, body);
        refusals.clear();
        Answer<DuesAccount> answer = calls.call("POST /coops/" + c + "/members/" + m + "/dues/payments",
                bearer -> api.pay(bearer, key, c, m, body));
        if (answer instanceof Answer.Found) {
            return "/member-dues?faces-redirect=true&coop=" + c + "&id=" + m + "&done=paid";
        }
        refusals.put("payment", Refusal.of(answer));
        if (answer instanceof Answer.Refused) {
            payment.refused();
        }
        return null;
    }

    public String addPlan() {
        long c = cooperative.id();
        var body = newPlan();
        return act("plan", calls.call("POST /coops/" + c + "/dues/plans", bearer -> api.addPlan(bearer, c, body)), "&done=added");
    }

    /** The one amount field is read as the kind chosen says: won a month, won a delivery, or a percentage to basis points. */
    DuesCommands.NewPlan newPlan() {
        String kind = Plan.KINDS.contains(planKind) ? planKind : Plan.FLAT_MONTHLY;
        return new DuesCommands.NewPlan(Inputs.blankToNull(planName), kind,
                Plan.FLAT_MONTHLY.equals(kind) ? Inputs.number(planAmount) : null,
                Plan.PER_DELIVERY.equals(kind) ? Inputs.number(planAmount) : null,
                Plan.PERCENT_OF_INCOME.equals(kind) ? PlanFees.basisPoints(planAmount) : null,
                planStandard, Inputs.date(planStartsOn), Inputs.date(planEndsOn));
    }

    /** The API names the amount of the kind sent; the form has one amount field. */
    public boolean isPlanAmountRefused() {
        Refusal refusal = refusals.get("plan");
        return refusal != null && (refusal.hasField("monthlyWon") || refusal.hasField("perDeliveryWon")
                || refusal.hasField("incomeRateBasisPoints"));
    }

    public List<String> getPlanKinds() {
        return Plan.KINDS;
    }

    public String endPlan(long planId) {
        long c = cooperative.id();
        var body = new DuesCommands.EndPlan(Inputs.date(planEnds.get(planId)));
        return act("end-" + planId, calls.call("POST /coops/" + c + "/dues/plans/" + planId + "/end",
                bearer -> api.endPlan(bearer, c, planId, body)), "&done=ended");
    }

    /** Bills the month; billing it again creates nothing, and the page says how many were created. */
    public String bill() {
        long c = cooperative.id();
        var body = new DuesCommands.Billing(billingMonth.strip());
        Answer<BillingRun> answer = calls.call("POST /coops/" + c + "/dues/billing-runs", bearer -> api.bill(bearer, c, body));
        String query = answer.found().map(run -> "&done=billed&month=" + run.month() + "&created=" + run.created()
                + "&without=" + run.withoutPlan()).orElse("");
        return act("billing", answer, query);
    }

    private String act(String form, Answer<?> answer, String query) {
        refusals.clear();
        if (answer instanceof Answer.Found) {
            return "/dues?faces-redirect=true&coop=" + cooperative.id() + query;
        }
        refusals.put(form, Refusal.of(answer));
        return null;
    }

    public Refusal refusal(String form) {
        return refusals.get(form);
    }

    public String fieldError(String form, String field) {
        Refusal refusal = refusals.get(form);
        return refusal == null ? null : refusal.field(field);
    }

    /** The member field of the payment form: chosen, or the form is refused before it is sent. */
    public boolean isPayeeMissing() {
        Refusal refusal = refusals.get("payment");
        return refusal != null && refusal.hasField("member");
    }

    public long getUnpaidWon() {
        return arrears.stream().mapToLong(Arrears::unpaidWon).sum();
    }

    public long getFlagged() {
        return arrears.stream().filter(Arrears::flagged).count();
    }

    /** This month's collection, or the latest billed; empty before any billing. */
    public Optional<Collection> latest() {
        return collection.stream().findFirst();
    }

    public Collection getLatest() {
        return latest().orElse(null);
    }

    /** The month a billing run the page was redirected after, if the address says one that parses. */
    public String getBilledMonth() {
        if (doneMonth == null) {
            return null;
        }
        try {
            return YearMonth.parse(doneMonth).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public long getBilledCreated() {
        Long n = Inputs.number(doneCreated);
        return n == null ? 0 : n;
    }

    public long getQueued() {
        Long n = Inputs.number(doneQueued);
        return n == null ? 0 : n;
    }

    /** What the member owes, from the arrears list; 0 for a member not on it. */
    public long owing(long membershipId) {
        return arrears.stream().filter(a -> a.membershipId() == membershipId).mapToLong(Arrears::unpaidWon).sum();
    }

    public long getBilledWithoutPlan() {
        Long n = Inputs.number(doneWithout);
        return n == null ? 0 : n;
    }

    public String planState(Plan plan) {
        return plan.stateOn(today());
    }

    /** The board may end a plan that has not ended yet. */
    public boolean canEnd(Plan plan) {
        return manager && !"ended".equals(plan.stateOn(today()));
    }

    /** A plain member: the API refused the arrears, and the page says whose page it is. */
    public boolean isBoardOnly() {
        return cooperative != null && !reader && loadProblem == null;
    }

    public List<String> getMethods() {
        return DuesAccount.METHODS;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public String getDoneMonth() { return doneMonth; }
    public void setDoneMonth(String v) { if (v != null) { doneMonth = v; } }
    public String getDoneCreated() { return doneCreated; }
    public void setDoneCreated(String v) { if (v != null) { doneCreated = v; } }
    public String getDoneWithout() { return doneWithout; }
    public void setDoneWithout(String v) { if (v != null) { doneWithout = v; } }
    public String getDoneQueued() { return doneQueued; }
    public void setDoneQueued(String v) { if (v != null) { doneQueued = v; } }
    public String getPrefillAmount() { return prefillAmount; }
    public void setPrefillAmount(String v) { if (v != null) { prefillAmount = v; } }
    public String getPrefillDay() { return prefillDay; }
    public void setPrefillDay(String v) { if (v != null) { prefillDay = v; } }
    public String getPrefillReference() { return prefillReference; }
    public void setPrefillReference(String v) { if (v != null) { prefillReference = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isReader() { return reader; }
    public boolean isManager() { return manager; }
    public List<Arrears> getArrears() { return arrears; }
    public List<Collection> getCollection() { return collection; }
    public List<Plan> getPlans() { return plans; }
    public List<Member> getMembers() { return members; }
    public Refusal getLoadProblem() { return loadProblem; }
    public PaymentForm getPayment() { return payment; }
    public String getPayee() { return payee; }
    public void setPayee(String v) { payee = Inputs.orEmpty(v); }
    public String getPlanName() { return planName; }
    public void setPlanName(String v) { planName = Inputs.orEmpty(v); }
    public String getPlanKind() { return planKind; }
    public void setPlanKind(String v) { planKind = Inputs.orEmpty(v); }
    public String getPlanAmount() { return planAmount; }
    public void setPlanAmount(String v) { planAmount = Inputs.orEmpty(v); }
    public boolean isPlanStandard() { return planStandard; }
    public void setPlanStandard(boolean v) { planStandard = v; }
    public String getPlanStartsOn() { return planStartsOn; }
    public void setPlanStartsOn(String v) { planStartsOn = Inputs.orEmpty(v); }
    public String getPlanEndsOn() { return planEndsOn; }
    public void setPlanEndsOn(String v) { planEndsOn = Inputs.orEmpty(v); }
    public Map<Long, String> getPlanEnds() { return planEnds; }
    public String getBillingMonth() { return billingMonth; }
    public void setBillingMonth(String v) { billingMonth = Inputs.orEmpty(v); }
}
