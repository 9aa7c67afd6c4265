package org.ridercoop.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void koreanUnlessEnglishWasChosen() {
        assertThat(Language.resolve(null)).isEqualTo(Language.KO);
        assertThat(Language.resolve("")).isEqualTo(Language.KO);
        assertThat(Language.resolve("fr")).isEqualTo(Language.KO);
        assertThat(Language.resolve("<script>")).isEqualTo(Language.KO);
        assertThat(Language.resolve("en")).isEqualTo(Language.EN);
        assertThat(Language.resolve(" EN-us ")).isEqualTo(Language.EN);
        assertThat(Language.resolve("ko_KR")).isEqualTo(Language.KO);
    }

    @Test
    void parseAcceptsOnlySupportedLanguages() {
        assertThat(Language.parse("en")).contains(Language.EN);
        assertThat(Language.parse("de")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }

    @Test
    void eachLanguageOffersTheOther() {
        assertThat(Language.KO.other()).isEqualTo(Language.EN);
        assertThat(Language.EN.other()).isEqualTo(Language.KO);
        assertThat(Language.KO.locale()).isEqualTo(Locale.KOREAN);
        assertThat(Language.EN.label()).isEqualTo("English");
        assertThat(Language.KO.label()).isEqualTo("한국어");
    }

    @Test
    void theSwitchLinkKeepsOtherParametersAndReplacesTheLanguage() {
        assertThat(LanguageSwitch.link("/home", null, Language.EN)).isEqualTo("/home?lang=en");
        assertThat(LanguageSwitch.link("/", "signin=failed", Language.EN)).isEqualTo("/?signin=failed&lang=en");
        assertThat(LanguageSwitch.link("/home", "lang=en&x=1", Language.KO)).isEqualTo("/home?x=1&lang=ko");
    }

    @Test
    void theSwitchNeverLeadsToAnotherSite() {
        assertThat(LanguageSwitch.samePath("//evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(LanguageSwitch.samePath("/\\evil.example")).isEqualTo("/evil.example");
        assertThat(LanguageSwitch.samePath("")).isEqualTo("/");
        assertThat(LanguageSwitch.link("//evil.example", null, Language.EN)).isEqualTo("/evil.example?lang=en");
        assertThat(LanguageSwitch.samePath("/home")).isEqualTo("/home");
    }

    @Test
    void theAddressAfterSwitchingHasNoLanguageParameter() {
        assertThat(LanguageSwitch.withoutLanguage("lang=en")).isNull();
        assertThat(LanguageSwitch.withoutLanguage(null)).isNull();
        assertThat(LanguageSwitch.withoutLanguage("a=1&lang=en&b=2")).isEqualTo("a=1&b=2");
        assertThat(LanguageSwitch.withoutLanguage("la%6Eg=en&b=2")).isEqualTo("b=2");
    }
}
