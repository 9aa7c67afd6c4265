package org.ridercoop.web.payouts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.payouts.control.SurplusClient;
import org.ridercoop.web.payouts.entity.Balances;
import org.ridercoop.web.payouts.entity.SurplusCommands;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusView;
import org.ridercoop.web.payouts.entity.SurplusYear;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The year-end surplus ({@code #{surplusPage}}, {@code /surplus?coop=N&year=Y}): the proposals, latest year first,
 * for anyone of the cooperative (members decide them at the assembly); for the board the form that proposes the
 * appropriation of a fiscal year that has ended. The year's figures come from the API (paid-in capital, the legal
 * reserve's rate and ceiling, the cap on capital dividends, the balances the year opens with); when no earlier year
 * was appropriated the form asks for the opening balances from the books. The legal reserve's minimum can be worked
 * out from the net income typed. The proposal is sent with an Idempotency-Key made when the page is shown, and a new
 * one after a refusal.
 */
@Named("surplusPage")
@ViewScoped
public class SurplusPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    /** Years offered by the picker: the last ended one and those before it. */
    static final int YEARS = 5;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient SurplusClient api;

    @Inject
    transient CoopAccess access;

    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String yearParam;
    private String done;
    private Cooperative cooperative;
    private boolean reader;
    private boolean manager;
    private List<SurplusProposal> proposals = List.of();
    private int fiscalYear;
    private List<Integer> years = List.of();
    private SurplusYear year;
    private Refusal loadProblem;
    private Refusal yearProblem;
    private Refusal refusal;
    private String key;
    private Long minimum;
    private boolean netIncomeUnreadable;

    private String netIncome = "";
    private String openingRetained = "0";
    private String openingVoluntary = "0";
    private String openingLegal = "0";
    private String openingLoss = "0";
    private String legalReserve = "";
    private String voluntaryReserve = "0";
    private String patronageDividend = "0";
    private String capitalDividend = "0";
    private String note = "";

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
        long c = cooperative.id();
        Answer<List<SurplusProposal>> listed = calls.call("GET /coops/" + c + "/surplus-proposals", bearer -> api.proposals(bearer, c));
        loadProblem = Refusal.of(listed);
        if (loadProblem != null) {
            return;
        }
        reader = true;
        proposals = listed.found().orElse(List.of());
        manager = access.manages(c);
        if (!manager) {
            return;
        }
        int latest = latestEnded(cooperative.fiscalYearStartMonth(), today());
        years = IntStream.range(0, YEARS).mapToObj(i -> latest - i).toList();
        fiscalYear = chosen(yearParam, latest);
        int fy = fiscalYear;
        Answer<SurplusYear> figures = calls.call("GET /coops/" + c + "/surplus-proposals/year?fiscalYear=" + fy, bearer -> api.year(bearer, c, fy));
        year = figures.found().orElse(null);
        yearProblem = Refusal.of(figures);
        key = UUID.randomUUID().toString();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** The latest fiscal year that has ended by {@code today}: the year is named after the calendar year it starts in. */
    static int latestEnded(int startMonth, LocalDate today) {
        int y = today.getYear();
        while (!LocalDate.of(y, Math.max(1, Math.min(12, startMonth)), 1).plusYears(1).minusDays(1).isBefore(today)) {
            y--;
        }
        return y;
    }

    /** The year asked for in the address, if it has ended and is one the API takes; else the latest ended. */
    static int chosen(String param, int latest) {
        Integer asked = param == null || !param.strip().matches("[0-9]{4}") ? null : Integer.valueOf(param.strip());
        return asked == null || asked < 2000 || asked > latest ? latest : asked;
    }

    /** "1,000,000", "-2,500,000", "△2,500,000" (a loss as Korean books write it) and "−2500000원" are amounts of won. */
    static Long won(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty() && "△▲−-".indexOf(t.charAt(0)) >= 0) {
            Long n = Inputs.number(t.substring(1));
            return n == null || n < 0 ? null : -n;
        }
        return Inputs.number(t);
    }

    /** The balances the year opens with as typed: only sent when the API does not know them. */
    SurplusCommands.Opening openingBody() {
        return new SurplusCommands.Opening(won(openingRetained), won(openingVoluntary), won(openingLegal), won(openingLoss));
    }

    SurplusCommands.Proposal body() {
        return new SurplusCommands.Proposal(fiscalYear, won(netIncome), year != null && !year.isOpeningKnown() ? openingBody() : null,
                won(legalReserve), won(voluntaryReserve), won(patronageDividend), won(capitalDividend), Inputs.blankToNull(note));
    }

    /** The balances the minimum is reckoned from: the API's, or the ones typed (blank as none). */
    private Balances opening() {
        if (year.isOpeningKnown()) {
            return year.opening();
        }
        SurplusCommands.Opening o = openingBody();
        return new Balances(orZero(o.retainedWon()), orZero(o.voluntaryWon()), orZero(o.legalWon()), orZero(o.lossWon()));
    }

    private static long orZero(Long won) {
        return won == null ? 0 : won;
    }

    /** Works out the legal reserve's minimum from the net income typed and puts it into the legal reserve's input. */
    public String fillMinimum() {
        refusal = null;
        Long net = won(netIncome);
        netIncomeUnreadable = net == null;
        if (net == null || year == null) {
            minimum = null;
            return null;
        }
        minimum = year.legalMinimum(net, opening());
        legalReserve = String.format(java.util.Locale.ROOT, "%,d", minimum);
        return null;
    }

    /** Proposes and opens the proposal's page. */
    public String propose() {
        long c = cooperative.id();
        var body = body();
        String k = key;
        refusal = null;
        netIncomeUnreadable = false;
        Answer<SurplusView> answer = calls.call("POST /coops/" + c + "/surplus-proposals", bearer -> api.propose(bearer, k, c, body));
        if (answer instanceof Answer.Found<SurplusView> found && found.value().proposal() != null) {
            return "/surplus-proposal?faces-redirect=true&coop=" + c + "&id=" + found.value().proposal().id() + "&done=proposed";
        }
        refusal = SurplusRefusals.of(answer);
        key = UUID.randomUUID().toString();
        return null;
    }

    /**
     * What the form says at an input ({@code netIncomeWon}, {@code opening.legalWon}, …): a message key of the bundles,
     * for the API's complaint about the value typed, or for the rule the proposal broke there; null when nothing.
     */
    public String error(String field) {
        if ("netIncomeWon".equals(field) && netIncomeUnreadable) {
            return "surplus.error.netIncome";
        }
        if (refusal == null) {
            return null;
        }
        if (field.equals(SurplusRefusals.field(refusal))) {
            return refusal.messageKey();
        }
        if (!refusal.hasField(field)) {
            return null;
        }
        return switch (field) {
            case "fiscalYear" -> "surplus.error.fiscalYear";
            case "netIncomeWon" -> "surplus.error.netIncome";
            case "opening" -> "surplus.error.opening";
            case "note" -> "surplus.error.note";
            default -> "surplus.error.won";
        };
    }

    public boolean isFormShown() {
        return manager && year != null;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getYearParam() { return yearParam; }
    public void setYearParam(String v) { if (v != null) { yearParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isReader() { return reader; }
    public boolean isManager() { return manager; }
    public List<SurplusProposal> getProposals() { return proposals; }
    public int getFiscalYear() { return fiscalYear; }
    public List<Integer> getYears() { return years; }
    public SurplusYear getYear() { return year; }
    public Refusal getLoadProblem() { return loadProblem; }
    public Refusal getYearProblem() { return yearProblem; }
    public Refusal getRefusal() { return refusal; }
    public Long getMinimum() { return minimum; }
    String key() { return key; }
    public String getNetIncome() { return netIncome; }
    public void setNetIncome(String v) { netIncome = Inputs.orEmpty(v); }
    public String getOpeningRetained() { return openingRetained; }
    public void setOpeningRetained(String v) { openingRetained = Inputs.orEmpty(v); }
    public String getOpeningVoluntary() { return openingVoluntary; }
    public void setOpeningVoluntary(String v) { openingVoluntary = Inputs.orEmpty(v); }
    public String getOpeningLegal() { return openingLegal; }
    public void setOpeningLegal(String v) { openingLegal = Inputs.orEmpty(v); }
    public String getOpeningLoss() { return openingLoss; }
    public void setOpeningLoss(String v) { openingLoss = Inputs.orEmpty(v); }
    public String getLegalReserve() { return legalReserve; }
    public void setLegalReserve(String v) { legalReserve = Inputs.orEmpty(v); }
    public String getVoluntaryReserve() { return voluntaryReserve; }
    public void setVoluntaryReserve(String v) { voluntaryReserve = Inputs.orEmpty(v); }
    public String getPatronageDividend() { return patronageDividend; }
    public void setPatronageDividend(String v) { patronageDividend = Inputs.orEmpty(v); }
    public String getCapitalDividend() { return capitalDividend; }
    public void setCapitalDividend(String v) { capitalDividend = Inputs.orEmpty(v); }
    public String getNote() { return note; }
    public void setNote(String v) { note = Inputs.orEmpty(v); }
}
