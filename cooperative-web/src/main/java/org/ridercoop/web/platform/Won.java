package org.ridercoop.web.platform;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Amounts and months as Korean readers expect them ("50,000원", "1월") and English readers ("₩50,000", "January").
 * The won has no minor unit, so never a decimal point.
 */
public final class Won {

    private Won() {
    }

    public static String format(long won, Locale locale) {
        // the thousands separator is a comma in both languages
        String digits = String.format(Locale.ROOT, "%,d", won);
        return "ko".equals(locale.getLanguage()) ? digits + "원" : "₩" + digits;
    }

    public static String month(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }
}
