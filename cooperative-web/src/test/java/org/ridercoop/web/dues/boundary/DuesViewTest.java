package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.dues.entity.DuesAccount;

class DuesViewTest {

    @Test
    void aMonthIsPaidPartlyPaidDueThisMonthOrOverdue() {
        DuesView view = new DuesView();
        // 16:00 UTC on 30 November is already 1 December in Seoul
        view.clock = Clock.fixed(Instant.parse("2026-11-30T16:00:00Z"), ZoneOffset.UTC);
        assertThat(view.monthState(new DuesAccount.Month("2026-11", 10_000, 10_000, 0, null, null))).isEqualTo("paid");
        assertThat(view.monthState(new DuesAccount.Month("2026-11", 10_000, 4_000, 6_000, null, null))).isEqualTo("partial");
        assertThat(view.monthState(new DuesAccount.Month("2026-12", 10_000, 0, 10_000, null, null))).isEqualTo("due");
        assertThat(view.monthState(new DuesAccount.Month("2026-11", 10_000, 0, 10_000, null, null))).as("November is over in Korea").isEqualTo("overdue");
        assertThat(view.monthState(new DuesAccount.Month("?", 10_000, 0, 10_000, null, null))).isEqualTo("due");
    }
}
