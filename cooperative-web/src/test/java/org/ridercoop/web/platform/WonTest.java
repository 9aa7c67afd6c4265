package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WonTest {

    @Test
    void koreanWritesTheWonAfterTheDigitsEnglishTheSignBefore() {
        assertThat(Won.format(50_000, Locale.KOREAN)).isEqualTo("50,000원");
        assertThat(Won.format(1_234_567_890, Locale.KOREAN)).isEqualTo("1,234,567,890원");
        assertThat(Won.format(0, Locale.KOREAN)).isEqualTo("0원");
        assertThat(Won.format(50_000, Locale.ENGLISH)).isEqualTo("₩50,000");
        assertThat(Won.format(999, Locale.ENGLISH)).isEqualTo("₩999");
    }

    @Test
    void monthsAreNamedInTheLanguageOfThePage() {
        assertThat(Won.month(1, Locale.KOREAN)).isEqualTo("1월");
        assertThat(Won.month(7, Locale.ENGLISH)).isEqualTo("July");
    }
}
