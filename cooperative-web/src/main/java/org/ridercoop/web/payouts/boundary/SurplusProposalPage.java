package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;


import java.time.ZoneId;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.i18n.CurrentLanguage;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.control.SurplusClient;
import org.ridercoop.web.payouts.entity.Assembly;
import org.ridercoop.web.payouts.entity.Dividend;
import org.ridercoop.web.payouts.entity.SurplusCommands;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusView;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * A surplus proposal ({@code #{surplusProposal}}, {@code /surplus-proposal?coop=N&id=P}): the waterfall from the
 * year's result to what is carried forward, the balances the year opens and closes with, the state and the assembly
 * that decides it, and the dividends per member (a plain member sees their own). For the board: put it to a general
 * assembly as its motion (at least 7 days ahead, §28), withdraw it while it is on no agenda, and once adopted mark the
 * outstanding dividends paid, everyone's or one member's. A member whose adopted dividend is outstanding may reinvest
 * whole shares of it. Paying and reinvesting carry an Idempotency-Key made when the page is shown, renewed after a
 * refusal.
 */
@Named("surplusProposal")
@ViewScoped
public class SurplusProposalPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    static final Map<String, Object> EMPTY = Map.of();
    public static final List<String> KINDS = List.of("ORDINARY_GENERAL_ASSEMBLY", "EXTRAORDINARY_GENERAL_ASSEMBLY");
    /** §28: a general assembly is called at least 7 days ahead; the form offers the day after, for any hour. */
    static final int NOTICE_DAYS = 7;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient SurplusClient api;

    @Inject
    transient CoopAccess access;

    @Inject
    transient CurrentLanguage language;

    transient Clock clock = Clock.systemUTC();

    private String coopParam;
    private String idParam;
    private String done;
    private Cooperative cooperative;
    private SurplusView view;
    private boolean manager;
    private Long ownMembership;
    private Assembly assembly;
    private Refusal loadProblem;
    private Refusal refusal;
    private Refusal agendaRefusal;
    private Refusal reinvestRefusal;
    private final Map<String, String> keys = new HashMap<>();

    private String kind = KINDS.getFirst();
    private String meetingTitle = "";
    private String motionTitle = "";
    private String startDate = "";
    private String startTime = "19:00";
    private String place = "";
    private String opensDate = "";
    private String opensTime = "";
    private String closesDate = "";
    private String closesTime = "";
    private String shares = "1";

    public void load() {
        var coop = Ids.parse(coopParam);
        var id = Ids.parse(idParam);
        if (coop.isEmpty() || id.isEmpty()) {
            loadProblem = Refusal.of(new Answer.NotFound<>());
            return;
        }
        long c = coop.getAsLong();
        long p = id.getAsLong();
        Answer<SurplusView> answer = calls.call("GET /coops/" + c + "/surplus-proposals/" + p, bearer -> api.proposal(bearer, c, p));
        view = answer.found().orElse(null);
        loadProblem = Refusal.of(answer);
        if (view == null || view.proposal() == null) {
            view = null;
            return;
        }
        cooperative = access.cooperative(c).found().orElse(null);
        manager = access.manages(c);
        ownMembership = calls.call("GET /me/memberships", api::myMemberships).found().orElse(List.of()).stream()
                .filter(m -> m.coop() != null && m.coop().id() == c && m.member() != null && m.member().isOnRegister())
                .map(m -> m.member().id()).findFirst().orElse(null);
        Long motion = getProposal().motionId();
        if (motion != null) {
            assembly = calls.call("GET /coops/" + c + "/meetings", bearer -> api.meetings(bearer, c)).found().orElse(List.of()).stream()
                    .filter(m -> m.decides(motion)).findFirst().orElse(null);
        }
        prefill();
        keys.put("pay", UUID.randomUUID().toString());
        keys.put("reinvest", UUID.randomUUID().toString());
        view.dividends().forEach(d -> keys.put("pay-" + d.membershipId(), UUID.randomUUID().toString()));
    }

    /** The assembly form as the board would most often fill it: the ordinary assembly, a week and a day from today. */
    void prefill() {
        int year = getProposal().fiscalYear();
        ResourceBundle bundle = ResourceBundle.getBundle("org.ridercoop.web.i18n.messages", locale());
        meetingTitle = MessageFormat.format(bundle.getString("surplus.agenda.meeting.default"), String.valueOf(year));
        motionTitle = MessageFormat.format(bundle.getString("surplus.agenda.motion.default"), String.valueOf(year));
        startDate = today().plusDays(NOTICE_DAYS + 1L).toString();
    }

    private Locale locale() {
        return language == null ? Locale.KOREAN : language.getLocale();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** The first day an assembly called today may be held on. */
    public LocalDate getEarliestAssembly() {
        return today().plusDays(NOTICE_DAYS);
    }

    /** The body the assembly form sends: blank opening means now, blank closing means the start of the meeting. */
    SurplusCommands.CallAssembly assemblyBody() {
        Instant startsAt = Inputs.moment(startDate, startTime);
        Instant opensAt = opensDate.isBlank() && opensTime.isBlank() ? clock.instant() : Inputs.moment(opensDate, opensTime);
        Instant closesAt = closesDate.isBlank() && closesTime.isBlank() ? startsAt : Inputs.moment(closesDate, closesTime);
        return new SurplusCommands.CallAssembly(KINDS.contains(kind) ? kind : null, Inputs.blankToNull(meetingTitle), startsAt,
                Inputs.blankToNull(place), opensAt, closesAt,
                List.of(new SurplusCommands.Motion(Inputs.blankToNull(motionTitle), "ORDINARY", getProposal().id())));
    }

    /** Calls the assembly with the proposal as its motion; the proposal's page shows it on the agenda. */
    public String callAssembly() {
        long c = coop();
        var body = assemblyBody();
        agendaRefusal = null;
        Answer<Assembly> answer = calls.call("POST /coops/" + c + "/meetings", bearer -> api.callAssembly(bearer, c, body));
        if (answer instanceof Answer.Found) {
            return again("agenda");
        }
        agendaRefusal = SurplusRefusals.of(answer);
        return null;
    }

    public String withdraw() {
        long c = coop();
        long p = getProposal().id();
        refusal = null;
        Answer<SurplusProposal> answer = calls.call("POST /coops/" + c + "/surplus-proposals/" + p + "/withdrawal",
                bearer -> api.withdraw(bearer, c, p, EMPTY));
        if (answer instanceof Answer.Found) {
            return again("withdrawn");
        }
        refusal = SurplusRefusals.of(answer);
        return null;
    }

    /** Every outstanding dividend, paid. */
    public String payAll() {
        return pay("pay", null);
    }

    /** One member's outstanding dividend, paid. */
    public String payOne(long membershipId) {
        return pay("pay-" + membershipId, List.of(membershipId));
    }

    private String pay(String step, List<Long> members) {
        long c = coop();
        long p = getProposal().id();
        String key = keys.get(step);
        return money(step, "POST /coops/" + c + "/surplus-proposals/" + p + "/payments",
                bearer -> api.pay(bearer, key, c, p, new SurplusCommands.Payment(members)), "paid");
    }

    SurplusCommands.Reinvestment reinvestment() {
        return new SurplusCommands.Reinvestment(ownMembership, Inputs.integer(shares));
    }

    /** Whole shares of the member's own outstanding dividend, subscribed and paid (within the 30% cap, §22). */
    public String reinvest() {
        long c = coop();
        long p = getProposal().id();
        var body = reinvestment();
        String key = keys.get("reinvest");
        reinvestRefusal = null;
        Answer<Dividend> answer = calls.call("POST /coops/" + c + "/surplus-proposals/" + p + "/reinvestments",
                bearer -> api.reinvest(bearer, key, c, p, body));
        if (answer instanceof Answer.Found) {
            return again("reinvested");
        }
        reinvestRefusal = SurplusRefusals.of(answer);
        keys.put("reinvest", UUID.randomUUID().toString());
        return null;
    }

    private <T> String money(String step, String what, Function<String, T> call, String doneStep) {
        refusal = null;
        Answer<T> answer = calls.call(what, call);
        if (answer instanceof Answer.Found) {
            return again(doneStep);
        }
        refusal = SurplusRefusals.of(answer);
        keys.put(step, UUID.randomUUID().toString());
        return null;
    }

    private String again(String doneStep) {
        return "/surplus-proposal?faces-redirect=true&coop=" + coop() + "&id=" + getProposal().id() + "&done=" + doneStep;
    }

    private long coop() {
        return Ids.parse(coopParam).orElseThrow();
    }

    public SurplusProposal getProposal() {
        return view == null ? null : view.proposal();
    }

    /** The signed-in member's own dividend line, when they have one. */
    public Dividend getMine() {
        return Optional.ofNullable(ownMembership).flatMap(own -> view.dividends().stream().filter(d -> d.membershipId() == own).findFirst())
                .orElse(null);
    }

    /** The board sees every member's line; a member the one line the API gave them. */
    public boolean isAllShown() {
        return view != null && (manager || ownMembership == null || view.dividends().size() > 1);
    }

    public long getSharePriceWon() {
        return cooperative == null ? 0 : cooperative.sharePriceWon();
    }

    /** The most whole shares the member's outstanding dividend buys. */
    public long getMostShares() {
        Dividend mine = getMine();
        return mine == null ? 0 : mine.sharesFor(getSharePriceWon());
    }

    public boolean isCanReinvest() {
        Dividend mine = getMine();
        return getProposal() != null && getProposal().isAdopted() && mine != null && mine.getOutstandingWon() > 0;
    }

    public boolean isCanPutOnAgenda() {
        return manager && getProposal().isProposed();
    }

    public boolean isCanWithdraw() {
        return manager && getProposal().isProposed();
    }

    public boolean isCanPay() {
        return manager && getProposal().isAdopted() && view.getOutstanding() > 0;
    }

    public boolean canPay(Dividend d) {
        return manager && getProposal().isAdopted() && d.getOutstandingWon() > 0;
    }

    /** The API's message about an input of the assembly form, as a message key. */
    public String agendaError(String field) {
        if (agendaRefusal == null || !agendaRefusal.hasField(field)) {
            return null;
        }
        return switch (field) {
            case "startsAt", "votingOpensAt", "votingClosesAt" -> "surplus.error.when";
            default -> "surplus.error.text";
        };
    }

    public String reinvestError() {
        return reinvestRefusal != null && reinvestRefusal.hasField("shares") ? "surplus.error.shares" : null;
    }

    String key(String step) {
        return keys.get(step);
    }

    public List<String> getKinds() { return KINDS; }
    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getIdParam() { return idParam; }
    public void setIdParam(String v) { if (v != null) { idParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public SurplusView getView() { return view; }
    public boolean isManager() { return manager; }
    public Long getOwnMembership() { return ownMembership; }
    public Assembly getAssembly() { return assembly; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getRefusal() { return refusal; }
    public Refusal getAgendaRefusal() { return agendaRefusal; }
    public Refusal getReinvestRefusal() { return reinvestRefusal; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = Inputs.orEmpty(v); }
    public String getMeetingTitle() { return meetingTitle; }
    public void setMeetingTitle(String v) { meetingTitle = Inputs.orEmpty(v); }
    public String getMotionTitle() { return motionTitle; }
    public void setMotionTitle(String v) { motionTitle = Inputs.orEmpty(v); }
    public String getStartDate() { return startDate; }
    public void setStartDate(String v) { startDate = Inputs.orEmpty(v); }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = Inputs.orEmpty(v); }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = Inputs.orEmpty(v); }
    public String getOpensDate() { return opensDate; }
    public void setOpensDate(String v) { opensDate = Inputs.orEmpty(v); }
    public String getOpensTime() { return opensTime; }
    public void setOpensTime(String v) { opensTime = Inputs.orEmpty(v); }
    public String getClosesDate() { return closesDate; }
    public void setClosesDate(String v) { closesDate = Inputs.orEmpty(v); }
    public String getClosesTime() { return closesTime; }
    public void setClosesTime(String v) { closesTime = Inputs.orEmpty(v); }
    public String getShares() { return shares; }
    public void setShares(String v) { shares = Inputs.orEmpty(v); }
}
