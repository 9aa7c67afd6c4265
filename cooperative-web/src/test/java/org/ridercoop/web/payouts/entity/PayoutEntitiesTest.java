package org.ridercoop.web.payouts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PayoutEntitiesTest {

    static Statement statement(long run, LocalDate start, long payable, String state, Instant paidAt) {
        return new Statement(run, "MAIN", start, start.plusDays(start.lengthOfMonth() - 1), state, "INCOME", 1_000_000, 50_000, 50_000,
                900_000, List.of(new Item("INCOME", "배달 플랫폼 정산", 1_000_000), new Item("DEDUCTION", "단체 상해보험", 50_000)),
                480, 20, 60_000, 28.571428, 540_000, 330, 17_820, payable, paidAt);
    }

    @Test
    void aStatementIsPaidNotYetOrCorrected() {
        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(statement(1, may, 1, "POSTED", null).getStanding()).isEqualTo("unpaid");
        assertThat(statement(1, may, 1, "POSTED", Instant.EPOCH).getStanding()).isEqualTo("paid");
        assertThat(statement(1, may, 1, "REVERSED", null).getStanding()).as("whatever was paid").isEqualTo("corrected");
        assertThat(statement(1, may, 1, "POSTED", null).getShare()).hasToString("28.5714");
        assertThat(statement(1, may, 1, "POSTED", null).getDeductions()).extracting(Item::label).containsExactly("단체 상해보험");
        assertThat(statement(1, may, 1, "POSTED", null).getIncomes()).extracting(Item::label).containsExactly("배달 플랫폼 정산");
    }

    @Test
    void theChartShowsTheLastTwelvePeriodsOldestFirstScaledToTheLargestWithoutCorrectedOnes() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            statements.add(statement(i + 1, LocalDate.of(2025, 1, 1).plusMonths(i), 100_000L * (i + 1), "POSTED", null));
        }
        statements.add(statement(99, LocalDate.of(2026, 2, 1), 5_000_000, "REVERSED", null));
        List<PayoutChart.Bar> bars = PayoutChart.bars(statements.reversed(), Locale.KOREAN);
        assertThat(bars).hasSize(12);
        assertThat(bars).extracting(PayoutChart.Bar::runId).doesNotContain(99L, 1L, 2L).startsWith(3L).endsWith(14L);
        assertThat(bars.getLast().height()).as("the largest is the tallest").isEqualTo(PayoutChart.TALLEST);
        assertThat(bars.getLast().y()).isEqualTo(PayoutChart.BASELINE - PayoutChart.TALLEST);
        assertThat(bars.getFirst().height()).isEqualTo(Math.round(300_000f * PayoutChart.TALLEST / 1_400_000));
        assertThat(bars.getFirst().label()).isEqualTo("3월");
        assertThat(bars.getLast().x()).as("inside the chart").isLessThan(PayoutChart.WIDTH - 18);
        assertThat(PayoutChart.bars(statements, Locale.ENGLISH).getFirst().label()).isEqualTo("Mar");
    }

    @Test
    void twelveMonthNamesWouldTouchOnAPhoneSoEveryOtherIsLabelledTheLatestAlways() {
        List<Statement> year = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            year.add(statement(i + 1, LocalDate.of(2026, 1, 1).plusMonths(i), 100_000, "POSTED", null));
        }
        List<PayoutChart.Bar> bars = PayoutChart.bars(year, Locale.KOREAN);
        assertThat(bars).filteredOn(PayoutChart.Bar::labelled).extracting(PayoutChart.Bar::label)
                .containsExactly("2월", "4월", "6월", "8월", "10월", "12월");
        List<Integer> labelled = bars.stream().filter(PayoutChart.Bar::labelled).map(PayoutChart.Bar::labelX).toList();
        for (int i = 1; i < labelled.size(); i++) {
            // "10월" is about 24 units wide at the page's 11px: two slots leave room between any two labels
            assertThat(labelled.get(i) - labelled.get(i - 1)).isGreaterThanOrEqualTo(2 * PayoutChart.SLOT).isGreaterThan(40);
        }
        assertThat(PayoutChart.bars(year.subList(6, 12), Locale.KOREAN)).as("six fit, each with its month")
                .allMatch(PayoutChart.Bar::labelled);
        assertThat(bars).as("each bar's title still says its month").extracting(PayoutChart.Bar::label).contains("1월", "11월");
    }

    @Test
    void aPeriodWithNothingPayableHasNoBarAndAnySumAtLeastASliver() {
        List<PayoutChart.Bar> bars = PayoutChart.bars(List.of(statement(1, LocalDate.of(2026, 4, 1), 0, "POSTED", null),
                statement(2, LocalDate.of(2026, 5, 1), 10, "POSTED", null),
                statement(3, LocalDate.of(2026, 6, 1), 10_000_000, "POSTED", null)), Locale.KOREAN);
        assertThat(bars).extracting(PayoutChart.Bar::height).containsExactly(0, 2, PayoutChart.TALLEST);
        assertThat(PayoutChart.bars(List.of(), Locale.KOREAN)).isEmpty();
    }

    @Test
    void aRunViewAddsUpItsLinesAndARunSaysWhatItIs() {
        Run posted = new Run(5, 7, "MAIN", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "INCOME", 1_000_000, 50_000, 50_000, 900_000,
                330, "POSTED", "박서연", "s", Instant.EPOCH, "정운영", Instant.EPOCH, Instant.EPOCH, null, 2);
        RunView view = new RunView(posted, null, List.of(
                new Line(21, 2, "김민준", 480, 20, 60_000, 60_000, 600_000, 540_000, 17_820, 522_180, null),
                new Line(20, 1, "박서연", 480, 12, 40_000, 40_000, 400_000, 360_000, 11_880, 348_120, Instant.EPOCH)));
        assertThat(view.getWithholdingWon()).isEqualTo(29_700);
        assertThat(view.getPayableWon()).isEqualTo(870_300);
        assertThat(view.getUnpaid()).isEqualTo(1);
        assertThat(view.items()).isEmpty();
        assertThat(view.lines().getFirst().getSharePercent().stripTrailingZeros().toPlainString()).isEqualTo("60");
        assertThat(posted.isPostedOriginal()).isTrue();
        assertThat(posted.getBadge()).isEqualTo("POSTED");
        Run reversal = new Run(6, 7, "MAIN", posted.periodStart(), posted.periodEnd(), "INCOME", 0, 0, 0, 0, 330, "POSTED", "박서연", "s",
                Instant.EPOCH, null, null, Instant.EPOCH, 5L, 2);
        assertThat(reversal.isPostedOriginal()).as("a reversal is not paid or reversed again").isFalse();
        assertThat(reversal.getBadge()).isEqualTo("REVERSAL");
    }
}
