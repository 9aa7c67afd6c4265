package org.ridercoop.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ridercoop.web.i18n.CurrentLanguage;

/**
 * Amounts, dates and moments in the language of the page ({@code #{fmt.won(x)}}, {@code #{fmt.date(d)}}):
 * "50,000원" / "₩50,000", "2026. 3. 5." / "Mar 5, 2026", moments in Korean time. Nothing shows "null".
 */
@Named("fmt")
@RequestScoped
public class Formats {
    static final String MESSAGES = "org.ridercoop.web.i18n.messages";
    private static final Pattern NOTICE = Pattern.compile("notice given, effective (\\d{4}-\\d{2}-\\d{2})");

    /** The cooperatives are Korean: a moment is shown as the time in Korea, whoever reads it. */
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Inject
    CurrentLanguage language;

    public String won(Long amount) {
        return won(amount, locale());
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    public String moment(Instant instant) {
        return moment(instant, locale());
    }

    public String percent(BigDecimal value) {
        return percent(value, locale());
    }

    /** A month as the API writes it ("2026-11"), as people read it: "2026년 11월", "Nov 2026". */
    public String month(String yearMonth) {
        return month(yearMonth, locale());
    }

    /** A rate in percent, to at most one decimal: "87.5%", "100%". */
    public String rate(double percent) {
        return percent(BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP), locale());
    }

    /**
     * A note the API wrote itself on a history line or a ledger entry ("applied", "admission", "notice given,
     * effective 2026-12-26", …), in the page's language; a note a person typed is shown as typed.
     */
    public String note(String text) {
        return note(text, locale());
    }

    private Locale locale() {
        return language.getLocale();
    }

    static String note(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale);
        Matcher notice = NOTICE.matcher(text);
        if (notice.matches()) {
            return MessageFormat.format(bundle.getString("note.notice"), date(LocalDate.parse(notice.group(1)), locale));
        }
        String key = "note." + text.strip().replace(' ', '-');
        return bundle.containsKey(key) ? bundle.getString(key) : text;
    }

    public static String won(Long amount, Locale locale) {
        return amount == null ? "" : Won.format(amount, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String month(String yearMonth, Locale locale) {
        if (yearMonth == null) {
            return "";
        }
        try {
            YearMonth month = YearMonth.parse(yearMonth.strip());
            return "ko".equals(locale.getLanguage()) ? month.getYear() + "년 " + month.getMonthValue() + "월"
                    : DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    public static String moment(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(KOREA).format(instant);
    }

    /** A share of the whole, as the API gives it (in percent), to at most two decimals: "12.5%". */
    static String percent(BigDecimal value, Locale locale) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
