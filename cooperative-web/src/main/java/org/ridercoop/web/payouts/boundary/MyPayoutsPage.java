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
import org.ridercoop.web.payouts.entity.BankAccount;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.PayoutChart;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Ids;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * "My payouts" ({@code #{myPayouts}}, {@code /my-payouts?coop=N}): the signed-in member's statements period by
 * period, latest first, with a bar chart of the last twelve; each leads to its statement. Without {@code coop} the
 * page shows the only membership there is, or lets the person choose. Below them the account the payouts are
 * transferred to, its number masked, and the form to give or change it: the number is typed again in full, never
 * shown back; the holder is the member's name until an account is on file.
 */
@Named("myPayouts")
@ViewScoped
public class MyPayoutsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The banks riders are paid at most, offered as they type; any other name may be typed. */
    static final List<String> BANKS = List.of("KB국민은행", "신한은행", "우리은행", "하나은행", "NH농협은행", "IBK기업은행", "카카오뱅크",
            "토스뱅크", "케이뱅크", "SC제일은행", "iM뱅크", "부산은행", "경남은행", "광주은행", "전북은행", "제주은행", "Sh수협은행",
            "새마을금고", "신협", "우체국");

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
    private List<org.ridercoop.web.payouts.entity.MemberDividend> dividends = List.of();
    private Refusal loadProblem;
    private String done;
    private BankAccount account;
    private Refusal accountProblem;
    private Refusal accountRefusal;
    private String bank = "";
    private String accountNumber = "";
    private String holder = "";

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
        // the year-end dividends: a failure here leaves the payouts readable
        dividends = calls.call("GET /coops/" + c + "/members/" + m + "/payouts/dividends", bearer -> api.dividends(bearer, c, m)).found()
                .orElse(List.of());
        Answer<BankAccount> onFile = calls.call("GET /coops/" + c + "/members/" + m + "/payouts/bank-account", bearer -> api.bankAccount(bearer, c, m));
        account = onFile.found().orElse(null);
        // none on file is the API's 404: the form asks for one
        accountProblem = onFile instanceof Answer.NotFound ? null : Refusal.of(onFile);
        prefill(chosen.member().name());
    }

    /** The form as the account on file has it, the number left to be typed; the member's own name as the holder when none. */
    void prefill(String memberName) {
        bank = account == null ? "" : Inputs.orEmpty(account.bank());
        holder = account == null ? Inputs.orEmpty(memberName) : Inputs.orEmpty(account.holder());
        accountNumber = "";
    }

    /** As typed, trimmed; spaces between the groups of digits are read as dashes; a blank field goes as null for the API to name. */
    PayoutCommands.BankAccount accountBody() {
        String number = Inputs.blankToNull(accountNumber);
        return new PayoutCommands.BankAccount(Inputs.blankToNull(bank), number == null ? null : number.replaceAll("\\s+", "-"),
                Inputs.blankToNull(holder));
    }

    /** Saves the account and shows the page again with it masked and a notice. */
    public String saveAccount() {
        long c = chosen.coop().id();
        long m = chosen.member().id();
        var body = accountBody();
        accountRefusal = null;
        Answer<BankAccount> answer = calls.call("PUT /coops/" + c + "/members/" + m + "/payouts/bank-account",
                bearer -> api.saveBankAccount(bearer, c, m, body));
        if (answer instanceof Answer.Found) {
            return "/my-payouts?faces-redirect=true&coop=" + c + "&done=account";
        }
        accountRefusal = Refusal.of(answer);
        return null;
    }

    /** The API's message about a field of the account form; the page says it in the reader's language. */
    public String fieldError(String field) {
        return accountRefusal == null ? null : accountRefusal.field(field);
    }

    /** The form is open when there is no account yet or the last try was refused; otherwise it waits behind "change". */
    public boolean isAccountFormOpen() {
        return account == null || accountRefusal != null;
    }

    public boolean isAccountSaved() {
        return "account".equals(done);
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
    public List<org.ridercoop.web.payouts.entity.MemberDividend> getDividends() { return dividends; }
    public Refusal getLoadProblem() { return loadProblem; }
    public List<String> getBanks() { return BANKS; }
    public String getDone() { return done; }
    public void setDone(String v) { if (v != null) { done = v; } }
    public BankAccount getAccount() { return account; }
    public Refusal getAccountProblem() { return accountProblem; }
    public Refusal getAccountRefusal() { return accountRefusal; }
    public String getBank() { return bank; }
    public void setBank(String v) { bank = Inputs.orEmpty(v); }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String v) { accountNumber = Inputs.orEmpty(v); }
    public String getHolder() { return holder; }
    public void setHolder(String v) { holder = Inputs.orEmpty(v); }
}
