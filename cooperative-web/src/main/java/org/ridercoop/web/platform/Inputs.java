package org.ridercoop.web.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What people type into forms, read for the API. Forms take text, so that a mistyped number or date reaches the
 * API as null and comes back with the API's message next to the input, never as a converter error of the page.
 */
public final class Inputs {
    private Inputs() {
    }

    /** "50,000" and "50000원" are both fifty thousand; anything else is null. */
    public static Long number(String text) {
        String digits = text == null ? "" : text.strip().replace(",", "").replaceFirst("원$", "").strip();
        if (!digits.matches("-?[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    public static Integer integer(String text) {
        Long n = number(text);
        return n == null || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n.intValue();
    }

    /** yyyy-MM-dd, as a date input sends it; anything else is null. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date (yyyy-MM-dd) and a time (HH:mm) in Korea as an instant; null when either does not parse, so that the API names the field. */
    public static Instant moment(String date, String time) {
        LocalDate day = date(date);
        if (day == null || time == null || time.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.of(day, LocalTime.parse(time.strip())).atZone(ZoneId.of("Asia/Seoul")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
