package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.payouts.entity.PayoutCommands;
import org.ridercoop.web.payouts.entity.Settings;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.Problem;

class PayoutBeansTest {

    @Test
    void workAndRatesReadAsPeopleSayThem() {
        assertThat(PayoutsView.hours(480, Locale.KOREAN)).isEqualTo("8시간");
        assertThat(PayoutsView.hours(750, Locale.KOREAN)).isEqualTo("12시간 30분");
        assertThat(PayoutsView.hours(750, Locale.ENGLISH)).isEqualTo("12 h 30 min");
        assertThat(PayoutsView.basisPoints(330)).isEqualTo("3.3%");
        assertThat(PayoutsView.basisPoints(500)).isEqualTo("5%");
        assertThat(PayoutsView.basisPoints(null)).isEmpty();
        assertThat(PayoutsView.toBasisPoints("3.3")).isEqualTo(330);
        assertThat(PayoutsView.toBasisPoints(" 5 % ")).isEqualTo(500);
        assertThat(PayoutsView.toBasisPoints("3,25")).isEqualTo(325);
        assertThat(PayoutsView.toBasisPoints("3.333")).as("left for the API to name").isNull();
        assertThat(PayoutsView.toBasisPoints("많이")).isNull();
    }

    @Test
    void ledgerAccountsAreNamedInWords() {
        assertThat(PayoutsView.account("bank", Locale.KOREAN)).isEqualTo("은행");
        assertThat(PayoutsView.account("pool:MAIN", Locale.KOREAN)).isEqualTo("정산 풀 (MAIN)");
        assertThat(PayoutsView.account("deduction:단체 상해보험", Locale.ENGLISH)).isEqualTo("Deduction: 단체 상해보험");
        assertThat(PayoutsView.account("withholding-tax-payable", Locale.ENGLISH)).isEqualTo("Withholding tax payable");
        assertThat(PayoutsView.account("something-new", Locale.KOREAN)).isEqualTo("something-new");
    }

    @Test
    void theNewRunSendsTheFilledRowsOnlyAndAHalfFilledOneForTheApiToName() {
        PayoutsPage page = new PayoutsPage();
        page.setPeriodStart("2026-05-01");
        page.setPeriodEnd("2026-05-31");
        page.getIncomes().get(0).setLabel(" 배달 플랫폼 정산 ");
        page.getIncomes().get(0).setAmount("1,000,000");
        page.getIncomes().get(3).setLabel("대구시 지원금");
        page.getIncomes().get(3).setAmount("300000원");
        page.getDeductions().get(1).setAmount("50,000");
        PayoutCommands.NewRun run = page.newRun();
        assertThat(run.periodStart()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(run.incomes()).containsExactly(new PayoutCommands.Amount("배달 플랫폼 정산", 1_000_000L),
                new PayoutCommands.Amount("대구시 지원금", 300_000L));
        assertThat(run.deductions()).containsExactly(new PayoutCommands.Amount(null, 50_000L));
        assertThat(run.pool()).as("the API's default pool").isNull();
        assertThat(page.getIncomes()).hasSize(5);
        assertThat(page.getDeductions()).hasSize(5);
    }

    @Test
    void theSettingsAreTypedAsPercentages() {
        PayoutsPage page = new PayoutsPage();
        page.setOperatingShare("5");
        page.setWithholding("3.3");
        page.setFormula("MIX");
        page.setWeightHours("2");
        page.setWeightDeliveries("1");
        page.setWeightIncome("");
        assertThat(page.settingsBody()).isEqualTo(new Settings(500, 330, "MIX", 2, 1, null));
        page.setFormula("<b>");
        assertThat(page.settingsBody().formula()).isNull();
    }

    @Test
    void theProblemsOfTheStepsAreToldInThePersonsLanguage() {
        assertThat(PayoutRefusals.of(new Answer.Forbidden<>(), true).messageKey()).isEqualTo("payouts.problem.own-run");
        assertThat(PayoutRefusals.of(new Answer.Forbidden<>(), false).messageKey()).isEqualTo("problem.forbidden");
        assertThat(PayoutRefusals.of(new Answer.Refused<>(new Problem("urn:ridercoop:problem:period-posted", "Conflict", 409, "posted", null)),
                false).messageKey()).isEqualTo("payouts.problem.period-posted");
        assertThat(PayoutRefusals.of(new Answer.Refused<>(new Problem("https://ridercoop.org/problems/no-work", "x", 422, "none", null)),
                false).messageKey()).isEqualTo("payouts.problem.no-work");
        var fields = PayoutRefusals.of(new Answer.Refused<>(new Problem("urn:ridercoop:problem:invalid", "x", 400, "bad",
                List.of(new Problem.FieldError("periodEnd", "a period that has ended")))), false);
        assertThat(fields.messageKey()).isEqualTo("problem.fields");
        assertThat(fields.hasField("periodEnd")).isTrue();
        assertThat(PayoutRefusals.of(new Answer.Refused<>(new Problem("urn:x:other", "x", 409, "other", null)), false).detail())
                .as("an untranslated conflict keeps the API's words").isEqualTo("other");
    }
}
