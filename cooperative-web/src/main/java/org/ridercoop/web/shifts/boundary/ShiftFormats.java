package org.ridercoop.web.shifts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.ridercoop.web.i18n.CurrentLanguage;
import org.ridercoop.web.shifts.entity.Weeks;

/**
 * Days, times and durations of shifts in the page's language, in Korean time ({@code #{shiftFmt.day(d)}}):
 * "11월 30일 (월)" / "Mon 30 Nov", "17:00–21:00" (a shift ending at midnight ends at "24:00"), "4시간 30분" / "4 h 30 min".
 */
@Named("shiftFmt")
@RequestScoped
public class ShiftFormats {

    @Inject
    CurrentLanguage language;

    private Locale locale() {
        return language == null ? Locale.KOREAN : language.getLocale();
    }

    public String day(LocalDate date) {
        return day(date, locale());
    }

    /** A day where room is short (the coverage grid's first column): "11/30 (월)", "Mon 30 Nov". */
    public String shortDay(LocalDate date) {
        return shortDay(date, locale());
    }

    public String dayOf(Instant instant) {
        return instant == null ? "" : day(Weeks.day(instant), locale());
    }

    public String span(Instant start, Instant end) {
        return spanOf(start, end);
    }

    /** A shift's day and times: "11월 30일 (월) 17:00–21:00". */
    public String when(Instant start, Instant end) {
        return start == null ? "" : dayOf(start) + " " + span(start, end);
    }

    public String duration(long minutes) {
        return duration(minutes, locale());
    }

    public String km(BigDecimal km) {
        return km == null ? "" : km.stripTrailingZeros().toPlainString() + " km";
    }

    /** The API's text in the page's language. */
    public String text(String ko, String en) {
        return "ko".equals(locale().getLanguage()) ? ko : en;
    }

    public String week(LocalDate monday) {
        return monday == null ? "" : day(monday, locale()) + " – " + day(monday.plusDays(6), locale());
    }

    static String day(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        if ("ko".equals(locale.getLanguage())) {
            return date.getMonthValue() + "월 " + date.getDayOfMonth() + "일 (" + weekday + ")";
        }
        return weekday + " " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, locale);
    }

    static String shortDay(LocalDate date, Locale locale) {
        if (date == null || !"ko".equals(locale.getLanguage())) {
            return day(date, locale);
        }
        return date.getMonthValue() + "/" + date.getDayOfMonth() + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + ")";
    }

    static String spanOf(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        String to = Weeks.day(end).isAfter(Weeks.day(start)) && LocalTime.ofInstant(end, Weeks.KOREA).equals(LocalTime.MIDNIGHT)
                ? "24:00" : Weeks.time(end);
        return Weeks.time(start) + "–" + to;
    }

    static String duration(long minutes, Locale locale) {
        long h = minutes / 60;
        long m = minutes % 60;
        boolean ko = "ko".equals(locale.getLanguage());
        if (m == 0) {
            return h + (ko ? "시간" : " h");
        }
        if (h == 0) {
            return m + (ko ? "분" : " min");
        }
        return ko ? h + "시간 " + m + "분" : h + " h " + m + " min";
    }
}
