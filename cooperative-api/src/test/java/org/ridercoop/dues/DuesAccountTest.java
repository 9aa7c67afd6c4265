package org.ridercoop.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.dues.entity.DuesAccount;

class DuesAccountTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static DuesAccount.Charge charge(int month, long won) {
        return new DuesAccount.Charge(YearMonth.of(2026, month), won);
    }

    @Test
    void paymentsGoToTheOldestChargeFirstAndWhatIsLeftIsAgedByMonths() {
        List<DuesAccount.Charge> charges = List.of(charge(11, 10_000), charge(7, 10_000), charge(9, 10_000), charge(8, 10_000), charge(10, 10_000));
        DuesAccount account = DuesAccount.of(charges, 13_000, TODAY);
        assertThat(account.months()).extracting(DuesAccount.Month::month).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 8),
                YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(account.months()).extracting(DuesAccount.Month::covered).containsExactly(10_000L, 3_000L, 0L, 0L, 0L);
        assertThat(account.balance()).isEqualTo(37_000);
        assertThat(account.credit()).isZero();
        // November is this month, October one month ago, September two, July and August three or more
        assertThat(account.aging()).isEqualTo(new DuesAccount.Aging(10_000, 10_000, 10_000, 7_000));
        assertThat(account.monthsInArrears()).isEqualTo(3);
    }

    @Test
    void payingMoreThanChargedIsACreditAndNothingIsOwed() {
        DuesAccount account = DuesAccount.of(List.of(charge(10, 10_000), charge(11, 10_000)), 25_000, TODAY);
        assertThat(account.balance()).isEqualTo(-5_000);
        assertThat(account.credit()).isEqualTo(5_000);
        assertThat(account.unpaid()).isZero();
        assertThat(account.aging()).isEqualTo(new DuesAccount.Aging(0, 0, 0, 0));
        assertThat(account.monthsInArrears()).isZero();
    }

    @Test
    void thisMonthUnpaidIsNotYetArrears() {
        DuesAccount account = DuesAccount.of(List.of(charge(11, 10_000)), 0, TODAY);
        assertThat(account.aging().current()).isEqualTo(10_000);
        assertThat(account.monthsInArrears()).isZero();
        assertThat(DuesAccount.of(List.of(), 0, TODAY).balance()).isZero();
    }
}
