package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.payouts.Surpluses;
import org.ridercoop.web.payouts.control.SurplusClient;
import org.ridercoop.web.payouts.entity.Balances;
import org.ridercoop.web.payouts.entity.SurplusCommands;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusYear;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

/** The year-end surplus page: the proposals, the year's figures and the board's proposal form. */
class SurplusPageTest {
    /** 26 November 2026 in Korea. */
    private static final Clock NOV_26 = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
    private final List<Object[]> years = new ArrayList<>();
    private final List<Object[]> proposed = new ArrayList<>();

    @Test
    void theLatestEndedFiscalYearFollowsTheMonthTheArticlesStartItIn() {
        assertThat(SurplusPage.latestEnded(1, LocalDate.of(2026, 11, 26))).isEqualTo(2025);
        assertThat(SurplusPage.latestEnded(1, LocalDate.of(2026, 1, 1))).as("2025 ended yesterday").isEqualTo(2025);
        assertThat(SurplusPage.latestEnded(1, LocalDate.of(2025, 12, 31))).as("its last day").isEqualTo(2024);
        assertThat(SurplusPage.latestEnded(3, LocalDate.of(2026, 2, 28))).as("March to February: 2025 ends today").isEqualTo(2024);
        assertThat(SurplusPage.latestEnded(3, LocalDate.of(2026, 3, 1))).isEqualTo(2025);
        assertThat(SurplusPage.chosen("2023", 2025)).isEqualTo(2023);
        assertThat(SurplusPage.chosen(" 2025 ", 2025)).isEqualTo(2025);
        assertThat(SurplusPage.chosen("2026", 2025)).as("not ended").isEqualTo(2025);
        assertThat(SurplusPage.chosen("1999", 2025)).isEqualTo(2025);
        assertThat(SurplusPage.chosen("작년", 2025)).isEqualTo(2025);
        assertThat(SurplusPage.chosen(null, 2025)).isEqualTo(2025);
    }

    @Test
    void amountsAreWonAndALossMayBeWrittenAsTheBooksDo() {
        assertThat(SurplusPage.won("10,000,000")).isEqualTo(10_000_000L);
        assertThat(SurplusPage.won(" 900000원 ")).isEqualTo(900_000L);
        assertThat(SurplusPage.won("-2,500,000")).isEqualTo(-2_500_000L);
        assertThat(SurplusPage.won("△2,500,000")).isEqualTo(-2_500_000L);
        assertThat(SurplusPage.won("▲ 1,000")).isEqualTo(-1_000L);
        assertThat(SurplusPage.won("−5")).isEqualTo(-5L);
        assertThat(SurplusPage.won("--5")).isNull();
        assertThat(SurplusPage.won("1.5")).isNull();
        assertThat(SurplusPage.won("")).isNull();
        assertThat(SurplusPage.won(null)).isNull();
    }

    @Test
    void theBoardSeesTheProposalsAndTheFiguresOfLastYearWithAKeyForTheForm() {
        SurplusPage page = page(true, null, args -> null);
        page.load();
        assertThat(page.getLoadProblem()).isNull();
        assertThat(page.isReader()).isTrue();
        assertThat(page.isManager()).isTrue();
        assertThat(page.getProposals()).extracting(SurplusProposal::fiscalYear).containsExactly(2025);
        assertThat(page.getYears()).containsExactly(2025, 2024, 2023, 2022, 2021);
        assertThat(page.getFiscalYear()).isEqualTo(2025);
        assertThat(years).singleElement().satisfies(args -> assertThat(args[2]).isEqualTo(2025));
        assertThat(page.getYear().paidInCapitalWon()).isEqualTo(500_000);
        assertThat(page.isFormShown()).isTrue();
        assertThat(page.key()).isNotBlank();

        SurplusPage earlier = page(true, null, args -> null);
        earlier.setYearParam("2023");
        earlier.load();
        assertThat(earlier.getFiscalYear()).isEqualTo(2023);
        assertThat(years.getLast()[2]).isEqualTo(2023);
    }

    @Test
    void aMemberOrAConsultantReadsTheProposalsWithoutTheForm() {
        SurplusPage page = page(false, null, args -> null);
        page.load();
        assertThat(page.isReader()).isTrue();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getProposals()).hasSize(1);
        assertThat(years).as("the year's figures are the board's").isEmpty();
        assertThat(page.isFormShown()).isFalse();

        SurplusPage nowhere = page(false, null, args -> null);
        nowhere.setCoopParam("8");
        nowhere.load();
        assertThat(nowhere.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        assertThat(nowhere.isReader()).isFalse();
    }

    @Test
    void theOpeningBalancesAreSentOnlyWhenTheApiDoesNotKnowThem() {
        SurplusPage page = page(true, null, args -> null);
        page.load();
        page.setNetIncome("10,000,000");
        page.setOpeningLoss("1,000,000");
        page.setLegalReserve("900,000");
        page.setVoluntaryReserve("1,000,000");
        page.setPatronageDividend("3,000,000");
        page.setCapitalDividend("45,000");
        page.setNote("  ");
        assertThat(page.body()).isEqualTo(new SurplusCommands.Proposal(2025, 10_000_000L, new SurplusCommands.Opening(0L, 0L, 0L, 1_000_000L),
                900_000L, 1_000_000L, 3_000_000L, 45_000L, null));
        page.setOpeningRetained("많이");
        assertThat(page.body().opening().retainedWon()).as("left for the API to name").isNull();

        SurplusPage known = page(true, new Balances(0, 0, 1_000_000, 0), args -> null);
        known.load();
        known.setNetIncome("△300,000");
        assertThat(known.body().opening()).isNull();
        assertThat(known.body().netIncomeWon()).isEqualTo(-300_000L);
    }

    @Test
    void theMinimumIsWorkedOutFromTheNetIncomeTypedAndPutIntoTheLegalReserve() {
        SurplusPage page = page(true, null, args -> null);
        page.load();
        page.setNetIncome("10,000,000");
        page.setOpeningLoss("1,000,000");
        assertThat(page.fillMinimum()).isNull();
        assertThat(page.getMinimum()).isEqualTo(900_000L);
        assertThat(page.getLegalReserve()).isEqualTo("900,000");
        assertThat(page.error("netIncomeWon")).isNull();

        SurplusPage capped = page(true, new Balances(0, 0, 1_400_000, 0), args -> null);
        capped.load();
        capped.setNetIncome("10,000,000");
        capped.setOpeningLoss("5,000,000");
        capped.fillMinimum();
        assertThat(capped.getMinimum()).as("the known balances count, not what was typed; the ceiling is near").isEqualTo(100_000L);

        page.setNetIncome("많이");
        page.fillMinimum();
        assertThat(page.getMinimum()).isNull();
        assertThat(page.error("netIncomeWon")).isEqualTo("surplus.error.netIncome");
    }

    @Test
    void proposedThePageOpensTheProposalAndTheKeyTravelsWithIt() {
        SurplusPage page = page(true, null, args -> Surpluses.view(SurplusProposal.PROPOSED, null));
        page.load();
        String key = page.key();
        page.setNetIncome("10,000,000");
        page.setLegalReserve("1,000,000");
        assertThat(page.propose()).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=proposed");
        assertThat(proposed).singleElement().satisfies(args -> {
            assertThat(List.of(args[0], args[1], args[2])).containsExactly("Bearer token", key, 7L);
            assertThat(((SurplusCommands.Proposal) args[3]).legalReserveWon()).isEqualTo(1_000_000L);
        });
    }

    @Test
    void aBrokenRuleIsToldInThePersonsLanguageAtItsInputWithTheApisFiguresAndANewKey() {
        SurplusPage page = page(true, null, args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:legal-reserve-minimum", "Unprocessable", 422,
                    "The legal reserve must take at least 900000 won: 10% of the surplus of 9000000 won", null));
        });
        page.load();
        String key = page.key();
        page.setNetIncome("10,000,000");
        page.setLegalReserve("100");
        assertThat(page.propose()).isNull();
        assertThat(page.getRefusal().messageKey()).isEqualTo("surplus.problem.legal-reserve-minimum");
        assertThat(page.getRefusal().detail()).contains("900000");
        assertThat(page.error("legalReserveWon")).isEqualTo("surplus.problem.legal-reserve-minimum");
        assertThat(page.error("patronageDividendWon")).isNull();
        assertThat(page.key()).as("a new key for the corrected proposal").isNotEqualTo(key);
    }

    @Test
    void theApisComplaintsAboutTheValuesTypedAreNamedAtTheirInputs() {
        SurplusPage page = page(true, null, args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:validation", "Bad Request", 400, "invalid", List.of(
                    new Problem.FieldError("netIncomeWon", "is required"), new Problem.FieldError("legalReserveWon", "a whole number"),
                    new Problem.FieldError("opening.lossWon", "is required"), new Problem.FieldError("note", "at most 2000"))));
        });
        page.load();
        page.propose();
        assertThat(page.getRefusal().messageKey()).isEqualTo("problem.fields");
        assertThat(page.error("netIncomeWon")).isEqualTo("surplus.error.netIncome");
        assertThat(page.error("legalReserveWon")).isEqualTo("surplus.error.won");
        assertThat(page.error("opening.lossWon")).isEqualTo("surplus.error.won");
        assertThat(page.error("note")).isEqualTo("surplus.error.note");
        assertThat(page.error("capitalDividendWon")).isNull();
    }

    @Test
    void everySurplusRuleIsTranslatedWithTheApisDetailAndTheOthersKeepTheirs() {
        for (String slug : SurplusRefusals.TRANSLATED) {
            var refusal = SurplusRefusals.of(new Answer.Refused<>(new Problem("urn:ridercoop:problem:" + slug, "x", 422, "figures", null)));
            assertThat(refusal.messageKey()).isEqualTo("surplus.problem." + slug);
            assertThat(refusal.detail()).isEqualTo("figures");
        }
        var open = SurplusRefusals.of(new Answer.Refused<>(new Problem("urn:ridercoop:problem:proposal-open", "Conflict", 409, "open", null)));
        assertThat(SurplusRefusals.field(open)).isEqualTo("fiscalYear");
        var notice = SurplusRefusals.of(new Answer.Refused<>(new Problem("urn:ridercoop:problem:notice-too-short", "x", 422,
                "it can start 2026-12-03T03:00:00Z at the earliest", null)));
        assertThat(notice.messageKey()).isEqualTo("problem.notice-too-short");
        assertThat(notice.detail()).as("the earliest start, as the API says it").contains("2026-12-03");
        assertThat(SurplusRefusals.field(notice)).isNull();
        assertThat(SurplusRefusals.of(new Answer.Forbidden<>()).messageKey()).isEqualTo("problem.forbidden");
        assertThat(SurplusRefusals.field(null)).isNull();
    }

    @Test
    void theLedgerAccountsOfTheSurplusAreNamedInWords() {
        assertThat(PayoutsView.account("reserve:legal", Locale.KOREAN)).isEqualTo("법정적립금");
        assertThat(PayoutsView.account("reserve:voluntary", Locale.ENGLISH)).isEqualTo("Voluntary reserve");
        assertThat(PayoutsView.account("result:2025", Locale.KOREAN)).isEqualTo("2025년 당기순손익");
        assertThat(PayoutsView.account("result:2025", Locale.ENGLISH)).isEqualTo("Result of 2025");
        assertThat(PayoutsView.account("dividend-payable", Locale.KOREAN)).isEqualTo("미지급 배당금");
        assertThat(PayoutsView.account("share-capital", Locale.ENGLISH)).isEqualTo("Share capital");
        assertThat(PayoutsView.account("pool:MAIN", Locale.KOREAN)).as("the payouts' own still first").isEqualTo("정산 풀 (MAIN)");
    }

    @Test
    void bothLanguagesSayEveryStateRefusalAndNoticeOfTheSurplusPages() {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle("org.ridercoop.web.i18n.messages", locale);
            assertThat(messages.getLocale()).isEqualTo(locale);
            for (String slug : SurplusRefusals.TRANSLATED) {
                assertThat(messages.getString("surplus.problem." + slug)).as(locale + " " + slug).isNotBlank();
            }
            for (String state : List.of("PROPOSED", "ON_AGENDA", "ADOPTED", "REJECTED", "WITHDRAWN")) {
                assertThat(messages.getString("surplus.state." + state)).isNotBlank();
                assertThat(messages.getString("surplus.state." + state + ".text")).isNotBlank();
            }
            for (String done : List.of("proposed", "agenda", "withdrawn", "paid", "reinvested")) {
                assertThat(messages.getString("surplus.done." + done)).isNotBlank();
            }
            assertThat(new MessageFormat(messages.getString("surplus.pay.text"), locale).format(new Object[] {3L})).contains("3");
            assertThat(new MessageFormat(messages.getString("surplus.formula"), locale).format(new Object[] {"x"})).contains("(x)").doesNotContain("''");
        }
        ResourceBundle ko = ResourceBundle.getBundle("org.ridercoop.web.i18n.messages", Locale.KOREAN);
        assertThat(ko.getString("surplus.rules")).contains("10%", "30%", "3배", "50%", "제98조");
        assertThat(ko.getString("surplus.problem.share-cap")).contains("30%");
    }

    private SurplusPage page(boolean manager, Balances opening, Function<Object[], Object> propose) {
        SurplusPage page = new SurplusPage();
        page.clock = NOV_26;
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        Map<String, Function<Object[], Object>> answers = new HashMap<>();
        answers.put("proposals", args -> List.of(Surpluses.proposal(SurplusProposal.ADOPTED, 12L)));
        answers.put("year", args -> {
            years.add(args);
            SurplusYear y = Surpluses.year(opening);
            return new SurplusYear((Integer) args[2], y.start(), y.end(), y.social(), y.sharePriceWon(), y.paidInCapitalWon(), y.opening(),
                    y.openingFromYear(), y.legalReservePercent(), y.legalCeilingWon(), y.capitalDividendCapWon(), y.formula());
        });
        answers.put("propose", args -> {
            proposed.add(args);
            return propose.apply(args);
        });
        page.api = Fakes.of(SurplusClient.class, answers);
        page.setCoopParam("7");
        return page;
    }
}
