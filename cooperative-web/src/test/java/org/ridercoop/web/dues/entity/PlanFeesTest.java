package org.ridercoop.web.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanFeesTest {
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    private static Plan plan(String kind, Long monthly, Long perDelivery, Integer bp) {
        return new Plan(1, "회비", kind, monthly, perDelivery, bp, true, LocalDate.of(2026, 1, 1), null, "박서연");
    }

    @Test
    void eachKindSaysItsAmountInTheReadersLanguage() {
        assertThat(PlanFees.fee(plan("FLAT_MONTHLY", 10_000L, null, null), KO)).isEqualTo("월 10,000원");
        assertThat(PlanFees.fee(plan("PER_DELIVERY", null, 100L, null), KO)).isEqualTo("배달 1건당 100원");
        assertThat(PlanFees.fee(plan("PERCENT_OF_INCOME", null, null, 150), KO)).isEqualTo("정산 수입의 1.5%");
        assertThat(PlanFees.fee(plan("FLAT_MONTHLY", 10_000L, null, null), EN)).isEqualTo("₩10,000 a month");
        assertThat(PlanFees.fee(plan("PER_DELIVERY", null, 100L, null), EN)).isEqualTo("₩100 per delivery");
        assertThat(PlanFees.fee(plan("PERCENT_OF_INCOME", null, null, 1_000), EN)).isEqualTo("10% of settled income");
        assertThat(PlanFees.fee(plan("PERCENT_OF_INCOME", null, null, 5), EN)).isEqualTo("0.05% of settled income");
    }

    @Test
    void aPlanWithoutItsAmountOrKindStillShows() {
        assertThat(PlanFees.fee(plan(null, 8_000L, null, null), KO)).as("older plans are flat").isEqualTo("월 8,000원");
        assertThat(PlanFees.fee(plan("PER_DELIVERY", null, null, null), KO)).isEmpty();
        assertThat(PlanFees.fee(null, KO)).isEmpty();
        assertThat(plan(null, 1L, null, null).isByWork()).isFalse();
        assertThat(plan("PER_DELIVERY", null, 1L, null).isByWork()).isTrue();
    }

    @Test
    void aByWorkMonthSaysWhatItWasChargedFrom() {
        assertThat(PlanFees.basis("PER_DELIVERY", 21L, KO)).isEqualTo("지난달 배달 21건");
        assertThat(PlanFees.basis("PERCENT_OF_INCOME", 99_333L, KO)).isEqualTo("지난달 수입 99,333원");
        assertThat(PlanFees.basis("PER_DELIVERY", 1_021L, EN)).isEqualTo("1,021 deliveries last month");
        assertThat(PlanFees.basis("PERCENT_OF_INCOME", 99_333L, EN)).isEqualTo("Last month's income ₩99,333");
        assertThat(PlanFees.basis("FLAT_MONTHLY", null, KO)).isEmpty();
        assertThat(PlanFees.basis(null, 3L, KO)).isEmpty();
    }

    @Test
    void aPercentageIsReadToBasisPoints() {
        assertThat(PlanFees.basisPoints("1.5")).isEqualTo(150);
        assertThat(PlanFees.basisPoints(" 1,25 % ")).isEqualTo(125);
        assertThat(PlanFees.basisPoints("2%")).isEqualTo(200);
        assertThat(PlanFees.basisPoints("0.01")).isEqualTo(1);
        assertThat(PlanFees.basisPoints("1.555")).isNull();
        assertThat(PlanFees.basisPoints("-1")).isNull();
        assertThat(PlanFees.basisPoints("")).isNull();
        assertThat(PlanFees.basisPoints(null)).isNull();
    }
}
