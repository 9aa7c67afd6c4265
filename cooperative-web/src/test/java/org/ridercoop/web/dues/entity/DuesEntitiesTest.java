package org.ridercoop.web.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.dues.Dues;

class DuesEntitiesTest {

    @Test
    void anAccountLeadsWithWhatIsOwedAPaymentAheadOrNothing() {
        assertThat(Dues.owing().getState()).isEqualTo("owing");
        assertThat(Dues.owing().getOwedWon()).isEqualTo(15_000);
        assertThat(Dues.account(21, -5_000).getState()).isEqualTo("credit");
        assertThat(Dues.account(21, -5_000).getOwedWon()).as("a credit is not owed").isZero();
        assertThat(Dues.account(21, 0).getState()).isEqualTo("settled");
        DuesAccount bare = new DuesAccount(1, null, "x", null, 0, 0, 0, 0, null, 0, false, null, null);
        assertThat(bare.aging().total()).isZero();
        assertThat(bare.months()).isEmpty();
    }

    @Test
    void aPlanIsInForceFromItsFirstToItsLastDay() {
        LocalDate today = Dues.TODAY;
        assertThat(Dues.STANDARD.stateOn(today)).isEqualTo("current");
        assertThat(Dues.OLD.stateOn(today)).isEqualTo("ended");
        assertThat(Dues.NEXT.stateOn(today)).isEqualTo("upcoming");
        assertThat(Dues.OLD.inForceOn(LocalDate.of(2025, 12, 31))).as("its last day").isTrue();
        assertThat(Dues.NEXT.inForceOn(LocalDate.of(2027, 1, 1))).as("its first day").isTrue();
    }

    @Test
    void aMonthsBarIsGoodFairOrPoor() {
        assertThat(new Collection("2026-11", 7, 70_000, 63_000, 90.0).getLevel()).isEqualTo("good");
        assertThat(new Collection("2026-11", 7, 70_000, 42_000, 60.0).getLevel()).isEqualTo("fair");
        assertThat(new Collection("2026-11", 7, 70_000, 41_000, 58.6).getLevel()).isEqualTo("poor");
        assertThat(new Collection("2026-11", 7, 70_000, 41_000, 58.6).getOutstandingWon()).isEqualTo(29_000);
    }

    @Test
    void theReportPutsTheUnmatchedDepositsAndTheirSumApart() {
        StatementReport report = new StatementReport(1, 10_000, 0, 2, 1, List.of(
                new StatementReport.Line(2, Dues.TODAY, 10_000L, "#2 김민준", StatementReport.RECORDED, 21L, null),
                new StatementReport.Line(3, Dues.TODAY, 5_000L, "홍길동", StatementReport.UNMATCHED, null, "no current member with this number or name"),
                new StatementReport.Line(4, Dues.TODAY, 0L, "카드대금", StatementReport.NOT_A_DEPOSIT, null, null),
                new StatementReport.Line(5, Dues.TODAY, 7_000L, "#99", StatementReport.UNMATCHED, null, "no current member with this number")));
        assertThat(report.getUnmatchedLines()).extracting(StatementReport.Line::line).containsExactly(3, 5);
        assertThat(report.getUnmatchedWon()).isEqualTo(12_000);
    }
}
