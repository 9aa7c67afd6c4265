package org.ridercoop.web.shifts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShiftFormatsTest {

    @Test
    void daysTimesAndDurationsReadNaturallyInBothLanguagesInKoreanTime() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(ShiftFormats.day(monday, Locale.KOREAN)).isEqualTo("11월 30일 (월)");
        assertThat(ShiftFormats.day(monday, Locale.ENGLISH)).isEqualTo("Mon 30 Nov");
        assertThat(ShiftFormats.shortDay(monday, Locale.KOREAN)).isEqualTo("11/30 (월)");
        assertThat(ShiftFormats.shortDay(monday, Locale.ENGLISH)).isEqualTo("Mon 30 Nov");
        assertThat(ShiftFormats.shortDay(null, Locale.KOREAN)).isEmpty();
        assertThat(ShiftFormats.spanOf(WeekPageTest.at("2026-11-30T17:00"), WeekPageTest.at("2026-11-30T21:00"))).isEqualTo("17:00–21:00");
        assertThat(ShiftFormats.spanOf(WeekPageTest.at("2026-11-30T21:00"), WeekPageTest.at("2026-12-01T00:00")))
                .as("a shift ending at midnight ends at 24:00, not at 00:00").isEqualTo("21:00–24:00");
        assertThat(ShiftFormats.duration(240, Locale.KOREAN)).isEqualTo("4시간");
        assertThat(ShiftFormats.duration(270, Locale.KOREAN)).isEqualTo("4시간 30분");
        assertThat(ShiftFormats.duration(45, Locale.ENGLISH)).isEqualTo("45 min");
        assertThat(ShiftFormats.duration(3120, Locale.ENGLISH)).isEqualTo("52 h");
    }
}
