package org.ridercoop.web.payouts.boundary;

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
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.Ledger;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.Run;
import org.ridercoop.web.payouts.entity.RunView;
import org.ridercoop.web.payouts.entity.Settings;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The cooperative's payouts ({@code #{payoutsPage}}, {@code /payouts?coop=N}) for the board and a consultant: the
 * runs, latest period first; the distribution settings; the ledger's balance. For the board the forms to prepare a
 * run (its preview opens next) and to change the settings; a consultant reads. A plain member is told the page is
 * the board's and led to their own payouts.
 */
@Named("payoutsPage")
@ViewScoped
public class PayoutsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    /** Rows of the new-run form: enough for a month's platforms and deductions; more are a later run's business. */
    static final int ROWS = 5;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient PayoutsClient api;

    @Inject
    transient CoopAccess access;

    Clock clock = Clock.systemUTC();

    private String coopParam;
    private String done;
    private Cooperative cooperative;
    private boolean reader;
    private boolean manager;
    private List<Run> runs = List.of();
    private Settings settings;
    private Ledger ledger;
    private Refusal loadProblem;
    private final Map<String, Refusal> refusals = new HashMap<>();

    private String periodStart = "";
    private String periodEnd = "";
    private List<AmountRow> incomes = rows();
    private List<AmountRow> deductions = rows();
    private String operatingShare = "";
    private String withholding = "";
    private String formula = "HOURS";
    private String weightHours = "";
    private String weightDeliveries = "";
    private String weightIncome = "";

    private static List<AmountRow> rows() {
        return IntStream.range(0, ROWS).mapToObj(i -> new AmountRow()).toList();
    }

    public void load() {
        LocalDate lastMonth = today().minusMonths(1);
        periodStart = lastMonth.withDayOfMonth(1).toString();
        periodEnd = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()).toString();
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
        Answer<List<Run>> listed = calls.call("GET /coops/" + c + "/payout-runs", bearer -> api.runs(bearer, c));
        if (listed instanceof Answer.Forbidden) {
            return;
        }
        loadProblem = Refusal.of(listed);
        if (loadProblem != null) {
            return;
        }
        reader = true;
        runs = listed.found().orElse(List.of());
        settings = calls.call("GET /coops/" + c + "/payout-settings", bearer -> api.settings(bearer, c)).found().orElse(null);
        ledger = calls.call("GET /coops/" + c + "/ledger", bearer -> api.ledger(bearer, c)).found().orElse(null);
        manager = access.manages(c);
        if (settings != null) {
            operatingShare = PayoutsView.basisPoints(settings.operatingShareBp()).replace("%", "");
            withholding = PayoutsView.basisPoints(settings.withholdingBp()).replace("%", "");
            formula = settings.formula();
            weightHours = String.valueOf(settings.weightHours() == null ? 0 : settings.weightHours());
            weightDeliveries = String.valueOf(settings.weightDeliveries() == null ? 0 : settings.weightDeliveries());
            weightIncome = String.valueOf(settings.weightIncome() == null ? 0 : settings.weightIncome());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** Rows left blank are not sent; a row half filled goes as typed for the API to name. */
    PayoutCommands.NewRun newRun() {
        return new PayoutCommands.NewRun(null, Inputs.date(periodStart), Inputs.date(periodEnd), amounts(incomes), amounts(deductions));
    }

    private static List<PayoutCommands.Amount> amounts(List<AmountRow> rows) {
        return rows.stream().filter(r -> !r.isBlank())
                .map(r -> new PayoutCommands.Amount(Inputs.blankToNull(r.getLabel()), Inputs.number(r.getAmount()))).toList();
    }

    /** Prepares the run and opens its preview. */
    public String prepare() {
        long c = cooperative.id();
        var body = newRun();
        refusals.clear();
        Answer<RunView> answer = calls.call("POST /coops/" + c + "/payout-runs", bearer -> api.prepare(bearer, c, body));
        if (answer instanceof Answer.Found<RunView> found) {
            return "/payout-run?faces-redirect=true&coop=" + c + "&id=" + found.value().run().id() + "&done=prepared";
        }
        refusals.put("run", PayoutRefusals.of(answer, false));
        return null;
    }

    Settings settingsBody() {
        return new Settings(PayoutsView.toBasisPoints(operatingShare), PayoutsView.toBasisPoints(withholding),
                Settings.FORMULAS.contains(formula) ? formula : null,
                Inputs.integer(weightHours), Inputs.integer(weightDeliveries), Inputs.integer(weightIncome));
    }

    public String saveSettings() {
        long c = cooperative.id();
        var body = settingsBody();
        refusals.clear();
        Answer<Settings> answer = calls.call("PUT /coops/" + c + "/payout-settings", bearer -> api.saveSettings(bearer, c, body));
        if (answer instanceof Answer.Found) {
            return "/payouts?faces-redirect=true&coop=" + c + "&done=settings";
        }
        refusals.put("settings", PayoutRefusals.of(answer, false));
        return null;
    }

    public Refusal refusal(String form) {
        return refusals.get(form);
    }

    public String fieldError(String form, String field) {
        Refusal refusal = refusals.get(form);
        return refusal == null ? null : refusal.field(field);
    }

    /** The API names a row as incomes[2].amountWon or similar; the form shows one line for all the rows of a kind. */
    public boolean rowsRefused(String list) {
        Refusal refusal = refusals.get("run");
        return refusal != null && refusal.fields().keySet().stream().anyMatch(f -> f.contains(list));
    }

    /** A plain member: the API refused the runs, and the page says whose page it is. */
    public boolean isBoardOnly() {
        return cooperative != null && !reader && loadProblem == null;
    }

    public List<String> getFormulas() {
        return Settings.FORMULAS;
    }

    public String getCoopParam() { return coopParam; }
    public void setCoopParam(String v) { if (v != null) { coopParam = v; } }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public Cooperative getCooperative() { return cooperative; }
    public boolean isReader() { return reader; }
    public boolean isManager() { return manager; }
    public List<Run> getRuns() { return runs; }
    public Settings getSettings() { return settings; }
    public Ledger getLedger() { return ledger; }
    public Refusal getLoadProblem() { return loadProblem; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String v) { periodStart = Inputs.orEmpty(v); }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String v) { periodEnd = Inputs.orEmpty(v); }
    public List<AmountRow> getIncomes() { return incomes; }
    public List<AmountRow> getDeductions() { return deductions; }
    public String getOperatingShare() { return operatingShare; }
    public void setOperatingShare(String v) { operatingShare = Inputs.orEmpty(v); }
    public String getWithholding() { return withholding; }
    public void setWithholding(String v) { withholding = Inputs.orEmpty(v); }
    public String getFormula() { return formula; }
    public void setFormula(String v) { formula = Inputs.orEmpty(v); }
    public String getWeightHours() { return weightHours; }
    public void setWeightHours(String v) { weightHours = Inputs.orEmpty(v); }
    public String getWeightDeliveries() { return weightDeliveries; }
    public void setWeightDeliveries(String v) { weightDeliveries = Inputs.orEmpty(v); }
    public String getWeightIncome() { return weightIncome; }
    public void setWeightIncome(String v) { weightIncome = Inputs.orEmpty(v); }
}
