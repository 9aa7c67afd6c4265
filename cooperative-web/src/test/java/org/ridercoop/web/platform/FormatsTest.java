package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Locale KO = Locale.KOREAN;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void wonWithThousandsSeparatorsInBothLanguagesAndNothingForNoAmount() {
        assertThat(Formats.won(1_250_000L, KO)).isEqualTo("1,250,000원");
        assertThat(Formats.won(1_250_000L, EN)).isEqualTo("₩1,250,000");
        assertThat(Formats.won(null, KO)).isEmpty();
    }

    @Test
    void datesAsEachLanguageWritesThemAndMomentsInKoreanTime() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(Formats.date(day, KO)).isEqualTo("2026. 3. 5.");
        assertThat(Formats.date(day, EN)).isEqualTo("Mar 5, 2026");
        assertThat(Formats.date(null, EN)).isEmpty();
        // 23:30 UTC is already the next morning in Seoul
        assertThat(Formats.moment(Instant.parse("2026-03-04T23:30:00Z"), KO)).startsWith("2026. 3. 5.").contains("8:30");
        assertThat(Formats.moment(null, KO)).isEmpty();
    }

    @Test
    void percentToAtMostTwoDecimals() {
        assertThat(Formats.percent(new BigDecimal("16.666666"), KO)).isEqualTo("16.67%");
        assertThat(Formats.percent(new BigDecimal("25.00"), EN)).isEqualTo("25%");
        assertThat(Formats.percent(null, EN)).isEmpty();
    }

    @Test
    void notesTheApiWritesAreShownInThePagesLanguageOthersAsTyped() {
        assertThat(Formats.note("applied", Locale.KOREAN)).isEqualTo("본인 신청");
        assertThat(Formats.note("admission", Locale.ENGLISH)).isEqualTo("subscribed on admission");
        assertThat(Formats.note("notice given, effective 2026-12-26", Locale.KOREAN)).isEqualTo("탈퇴 예고, 2026. 12. 26.부터 효력");
        assertThat(Formats.note("notice given, effective 2026-12-26", Locale.ENGLISH)).isEqualTo("notice given, effective Dec 26, 2026");
        assertThat(Formats.note("1회차", Locale.ENGLISH)).isEqualTo("1회차");
        assertThat(Formats.note(null, Locale.KOREAN)).isEmpty();
    }

    @Test
    void monthsAsEachLanguageSaysThemAndRatesToOneDecimal() {
        assertThat(Formats.month("2026-11", KO)).isEqualTo("2026년 11월");
        assertThat(Formats.month("2026-03", EN)).isEqualTo("Mar 2026");
        assertThat(Formats.month("not a month", EN)).as("shown as the API wrote it").isEqualTo("not a month");
        assertThat(Formats.month(null, KO)).isEmpty();
        Formats formats = new Formats();
        formats.language = new org.ridercoop.web.i18n.CurrentLanguage() {
            @Override
            public Locale getLocale() {
                return KO;
            }
        };
        assertThat(formats.rate(87.5)).isEqualTo("87.5%");
        assertThat(formats.rate(100.0)).isEqualTo("100%");
        assertThat(formats.rate(33.333)).isEqualTo("33.3%");
        assertThat(formats.rate(0)).isEqualTo("0%");
    }
}
