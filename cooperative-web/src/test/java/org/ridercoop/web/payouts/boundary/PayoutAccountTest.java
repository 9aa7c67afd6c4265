package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.i18n.CurrentLanguage;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.BankAccount;
import org.ridercoop.web.payouts.entity.Line;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.Run;
import org.ridercoop.web.payouts.entity.RunView;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

/** The payout account on "My payouts" and the transfer file of the run page. */
class PayoutAccountTest {
    static final BankAccount KAKAO = new BankAccount("카카오뱅크", "3333-01-2345678", "김민준", Instant.parse("2026-06-02T01:00:00Z"));
    private final List<MyMembership> mine = List.of(Members.mine(Members.active(21, 2, "김민준", 2)));
    private final List<Object[]> saved = new ArrayList<>();

    @Test
    void theNumberIsShownByItsLastFourDigitsOnly() {
        assertThat(KAKAO.getMasked()).isEqualTo("****-**-***5678");
        assertThat(BankAccount.mask("110123456789")).isEqualTo("********6789");
        assertThat(BankAccount.mask("123456")).isEqualTo("**3456");
        assertThat(BankAccount.mask("1234")).as("nothing more to hide").isEqualTo("1234");
        assertThat(BankAccount.mask(null)).isEmpty();
    }

    @Test
    void withNoAccountOnFileTheFormIsOpenWithTheMembersNameAsTheHolder() {
        MyPayoutsPage page = page(args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:not-found", "Not Found", 404, "A bank account was not found.", null));
        });
        page.load();
        assertThat(page.getAccount()).isNull();
        assertThat(page.getAccountProblem()).as("none on file is no problem").isNull();
        assertThat(page.getLoadProblem()).isNull();
        assertThat(page.isAccountFormOpen()).isTrue();
        assertThat(page.getHolder()).isEqualTo("김민준");
        assertThat(page.getBank()).isEmpty();
        assertThat(page.getAccountNumber()).isEmpty();
    }

    @Test
    void theAccountOnFileFillsTheFormButItsNumberIsTypedAgain() {
        MyPayoutsPage page = page(args -> KAKAO);
        page.load();
        assertThat(page.getAccount()).isEqualTo(KAKAO);
        assertThat(page.isAccountFormOpen()).as("behind the change button").isFalse();
        assertThat(page.getBank()).isEqualTo("카카오뱅크");
        assertThat(page.getHolder()).isEqualTo("김민준");
        assertThat(page.getAccountNumber()).as("the full number is never put back into the page").isEmpty();
        assertThat(page.isAccountSaved()).isFalse();
        page.setDone("account");
        assertThat(page.isAccountSaved()).isTrue();
        assertThat(page.getBanks()).contains("카카오뱅크", "KB국민은행");
    }

    @Test
    void anApiThatCannotSayIsToldInTheCardNotAsNoAccount() {
        MyPayoutsPage page = page(args -> {
            throw new jakarta.ws.rs.ProcessingException("refused");
        });
        page.load();
        assertThat(page.getAccountProblem().messageKey()).isEqualTo("api.unavailable");
        assertThat(page.getLoadProblem()).as("the statements are still shown").isNull();
    }

    @Test
    void theFormSendsWhatWasTypedTrimmedWithSpacesBetweenTheDigitsAsDashes() {
        MyPayoutsPage page = new MyPayoutsPage();
        page.setBank(" 카카오뱅크 ");
        page.setAccountNumber(" 3333 01  2345678 ");
        page.setHolder("김민준 ");
        assertThat(page.accountBody()).isEqualTo(new PayoutCommands.BankAccount("카카오뱅크", "3333-01-2345678", "김민준"));
        page.setBank("  ");
        page.setAccountNumber(null);
        page.setHolder("");
        assertThat(page.accountBody()).as("left for the API to name").isEqualTo(new PayoutCommands.BankAccount(null, null, null));
    }

    @Test
    void savedTheAccountThePageShowsItAgainWithANotice() {
        MyPayoutsPage page = page(args -> KAKAO);
        page.load();
        page.setAccountNumber("3333-01-2345678");
        assertThat(page.saveAccount()).isEqualTo("/my-payouts?faces-redirect=true&coop=7&done=account");
        assertThat(saved).singleElement().satisfies(args -> {
            assertThat(List.of(args[0], args[1], args[2])).containsExactly("Bearer token", 7L, 21L);
            assertThat(args[3]).isEqualTo(new PayoutCommands.BankAccount("카카오뱅크", "3333-01-2345678", "김민준"));
        });
    }

    @Test
    void theMemberSeesTheirYearEndDividendsAndThePayoutsStayWhenTheyCannotBeRead() {
        MyPayoutsPage page = page(args -> KAKAO);
        org.ridercoop.web.payouts.entity.Dividend dividend = new org.ridercoop.web.payouts.entity.Dividend(21, 2, "김민준", 480, 20, 60_000,
                285_714, 857_143, 36_500_000, 235_256, 10_586, 1, 50_000, 0, null);
        page.api = Fakes.of(PayoutsClient.class, Map.of(
                "myMemberships", args -> mine,
                "statements", args -> List.of(),
                "bankAccount", args -> KAKAO,
                "dividends", args -> List.of(new org.ridercoop.web.payouts.entity.MemberDividend(9, 2025, LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), "INCOME", 3_000_000, 45_000, 50_000, dividend))));
        page.load();
        assertThat(page.getDividends()).singleElement().satisfies(d -> {
            assertThat(d.dividend().getTotalWon()).isEqualTo(867_729);
            assertThat(d.dividend().getOutstandingWon()).as("one share reinvested").isEqualTo(817_729);
        });
        MyPayoutsPage without = page(args -> KAKAO);
        without.api = Fakes.of(PayoutsClient.class, Map.of("myMemberships", args -> mine, "statements", args -> List.of(),
                "bankAccount", args -> KAKAO, "dividends", args -> {
                    throw new IllegalStateException("the API is down");
                }));
        without.load();
        assertThat(without.getDividends()).isEmpty();
        assertThat(without.getLoadProblem()).isNull();
    }

    @Test
    void aRefusedAccountNamesItsFieldsAndKeepsTheFormOpen() {
        MyPayoutsPage page = page(args -> KAKAO);
        page.api = Fakes.of(PayoutsClient.class, Map.of(
                "myMemberships", args -> mine,
                "statements", args -> List.of(),
                "bankAccount", args -> KAKAO,
                "saveBankAccount", args -> {
                    throw new ApiProblem(new Problem("urn:ridercoop:problem:validation", "Bad Request", 400, "invalid",
                            List.of(new Problem.FieldError("accountNumber", "digits and dashes, 6 to 40"))));
                }));
        page.load();
        page.setAccountNumber("=HYPERLINK(1)");
        assertThat(page.saveAccount()).isNull();
        assertThat(page.getAccountRefusal().messageKey()).isEqualTo("problem.fields");
        assertThat(page.fieldError("accountNumber")).isNotNull();
        assertThat(page.fieldError("bank")).isNull();
        assertThat(page.isAccountFormOpen()).isTrue();
        assertThat(page.getAccountNumber()).as("as typed, to be corrected").isEqualTo("=HYPERLINK(1)");
    }

    @Test
    void theTransferFileIsTheBoardsWhileTheRunIsPostedWithItsUnpaidPayouts() {
        Run posted = new Run(5, 7, "MAIN", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "INCOME", 1_000_000, 50_000, 50_000, 900_000,
                330, "POSTED", "박서연", "s", Instant.EPOCH, "정운영", Instant.EPOCH, Instant.EPOCH, null, 3);
        RunView view = new RunView(posted, null, List.of(
                new Line(21, 2, "김민준", 480, 20, 60_000, 60_000, 600_000, 540_000, 17_820, 522_180, null),
                new Line(22, 3, "최도윤", 0, 0, 0, 0, 0, 0, 0, 0, null),
                new Line(20, 1, "박서연", 480, 12, 40_000, 40_000, 400_000, 360_000, 11_880, 348_120, Instant.EPOCH)));
        PayoutRunPage board = runPage(view, true);
        assertThat(board.isCanDownload()).isTrue();
        assertThat(board.getTransferCount()).as("paid and nothing-to-pay lines are not in the file").isEqualTo(1);
        assertThat(runPage(view, false).isCanDownload()).as("a consultant reads the run, the file is the board's").isFalse();
        Run approved = new Run(5, 7, "MAIN", posted.periodStart(), posted.periodEnd(), "INCOME", 1_000_000, 50_000, 50_000, 900_000, 330,
                "APPROVED", "박서연", "s", Instant.EPOCH, "정운영", Instant.EPOCH, null, null, 3);
        assertThat(runPage(new RunView(approved, null, view.lines()), true).isCanDownload()).isFalse();
        Run reversal = new Run(6, 7, "MAIN", posted.periodStart(), posted.periodEnd(), "INCOME", 0, 0, 0, 0, 330, "POSTED", "박서연", "s",
                Instant.EPOCH, null, null, Instant.EPOCH, 5L, 2);
        assertThat(runPage(new RunView(reversal, null, List.of()), true).isCanDownload()).isFalse();
    }

    @Test
    void theBoardMarksOneMembersPayoutPaidWithThatLinesOwnKey() {
        Run posted = new Run(5, 7, "MAIN", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "INCOME", 1_000_000, 50_000, 50_000, 900_000,
                330, "POSTED", "박서연", "s", Instant.EPOCH, "정운영", Instant.EPOCH, Instant.EPOCH, null, 3);
        Line unpaid = new Line(21, 2, "김민준", 480, 20, 60_000, 60_000, 600_000, 540_000, 17_820, 522_180, null);
        Line nothing = new Line(22, 3, "최도윤", 0, 0, 0, 0, 0, 0, 0, 0, null);
        Line paid = new Line(20, 1, "박서연", 480, 12, 40_000, 40_000, 400_000, 360_000, 11_880, 348_120, Instant.EPOCH);
        RunView view = new RunView(posted, null, List.of(unpaid, nothing, paid));
        java.util.List<Object[]> sent = new java.util.ArrayList<>();
        PayoutRunPage board = runPage(view, true);
        board.api = Fakes.of(PayoutsClient.class, Map.of("run", args -> view, "pay", args -> {
            sent.add(args);
            return posted;
        }));
        assertThat(board.canPayLine(unpaid)).isTrue();
        assertThat(board.canPayLine(nothing)).as("nothing to pay").isFalse();
        assertThat(board.canPayLine(paid)).as("paid already").isFalse();
        assertThat(runPage(view, false).canPayLine(unpaid)).as("a consultant reads").isFalse();
        assertThat(board.payOne(21)).isEqualTo("/payout-run?faces-redirect=true&coop=7&id=5&done=pay");
        assertThat(board.payOne(21)).as("again: the same key, so the API answers the first payment").isNotNull();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)[1]).isEqualTo(sent.get(1)[1]).isNotEqualTo(board.key("pay"));
        assertThat(((org.ridercoop.web.payouts.entity.PayoutCommands.Payment) sent.get(0)[4]).membershipIds()).containsExactly(21L);
    }

    private PayoutRunPage runPage(RunView view, boolean manager) {
        PayoutRunPage page = new PayoutRunPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.api = Fakes.of(PayoutsClient.class, Map.of("run", args -> view));
        page.setCoopParam("7");
        page.setIdParam(String.valueOf(view.run().id()));
        page.load();
        return page;
    }

    private MyPayoutsPage page(Function<Object[], Object> bankAccount) {
        MyPayoutsPage page = new MyPayoutsPage();
        page.calls = SignedIn.calls("token");
        page.language = new CurrentLanguage() {
            @Override
            public Locale getLocale() {
                return Locale.KOREAN;
            }
        };
        page.api = Fakes.of(PayoutsClient.class, Map.of(
                "myMemberships", args -> mine,
                "statements", args -> List.of(),
                "bankAccount", bankAccount,
                "saveBankAccount", args -> {
                    saved.add(args);
                    return KAKAO;
                }));
        return page;
    }
}
