package org.ridercoop.web.shifts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aWeekIsTheMondayOfTheDayAskedElseOfToday() {
        assertThat(Weeks.week("2026-12-06", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Weeks.week(null, TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Weeks.week("next week", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void timesAreKoreanAndMidnightIsTheEndOfTheDay() {
        assertThat(Weeks.at(TODAY, "17:00")).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(Weeks.at(TODAY, "24:00")).isEqualTo(Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(Weeks.at(TODAY, "25:00")).isNull();
        assertThat(Weeks.at(TODAY, "5pm")).isNull();
        assertThat(Weeks.local("2026-12-03T17:30")).isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
        assertThat(Weeks.local(Instant.parse("2026-12-03T08:30:00Z"))).isEqualTo("2026-12-03T17:30");
        assertThat(Weeks.local("yesterday")).isNull();
    }

    @Test
    void hoursAreTypedAsWholeHalfOrClockAndShownTheSameWay() {
        assertThat(Weeks.hours("10")).isEqualTo(600);
        assertThat(Weeks.hours("10.5")).isEqualTo(630);
        assertThat(Weeks.hours("10:15")).isEqualTo(615);
        assertThat(Weeks.hours("ten")).isNull();
        assertThat(Weeks.hours(600)).isEqualTo("10");
        assertThat(Weeks.hours(630)).isEqualTo("10.5");
        assertThat(Weeks.hours(615)).isEqualTo("10:15");
        assertThat(Weeks.clock("26:00")).isEqualTo(1560);
        assertThat(Weeks.clock(1440)).isEqualTo("24:00");
    }
}
