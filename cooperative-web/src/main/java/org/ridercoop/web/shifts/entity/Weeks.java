package org.ridercoop.web.shifts.entity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Weeks, days and times as the cooperatives count them: in Korea, weeks from Monday. What people type (a date, a
 * time "17:00", hours "10" or "10.5" or "10:30") is read here; what does not parse is null, for the API to name.
 */
public final class Weeks {
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2}):([0-5][0-9])");
    private static final Pattern HOURS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,2})?");

    private Weeks() {
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week a page shows: the Monday of the day given (yyyy-MM-dd), else of today. */
    public static LocalDate week(String param, LocalDate today) {
        LocalDate day = date(param);
        return monday(day == null ? today : day);
    }

    public static List<LocalDate> days(LocalDate monday) {
        return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }

    public static LocalDate today() {
        return LocalDate.now(KOREA);
    }

    /** The Korean day a moment falls on. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(KOREA).toLocalDate();
    }

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

    /** Minutes after midnight of "17:00"; "24:00" (and up to "36:00" for the latest end) past midnight; else null. */
    public static Integer clock(String text) {
        Matcher m = CLOCK.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    /** "17:00" of minutes after midnight; 1440 is "24:00". */
    public static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The moment in Korea of a day and a time of day ("24:00" is the next midnight); null when either is bad. */
    public static Instant at(LocalDate day, String time) {
        Integer minutes = clock(time);
        if (day == null || minutes == null || minutes > 1440) {
            return null;
        }
        return day.atStartOfDay(KOREA).plusMinutes(minutes).toInstant();
    }

    /** A datetime-local input's value ("2026-11-30T17:00") as a moment in Korea; null when it does not parse. */
    public static Instant local(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(KOREA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A moment as a datetime-local input shows it, in Korea. */
    public static String local(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, KOREA).withSecond(0).withNano(0).toString();
    }

    /** Hours typed as "10", "10.5" or "10:30", in minutes; else null. */
    public static Integer hours(String text) {
        String t = text == null ? "" : text.strip();
        Integer clock = clock(t);
        if (clock != null) {
            return clock;
        }
        if (!HOURS.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t).multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    /** Minutes as hours for a form: 600 is "10", 630 is "10.5", 605 is "10:05". */
    public static String hours(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        if (minutes % 60 == 0) {
            return String.valueOf(minutes / 60);
        }
        if (minutes % 30 == 0) {
            return minutes / 60 + ".5";
        }
        return clock(minutes);
    }

    /** A time of day at the start of a shift, for a form: "17:00". */
    public static String time(Instant instant) {
        return instant == null ? "" : LocalTime.ofInstant(instant, KOREA).toString();
    }
}
