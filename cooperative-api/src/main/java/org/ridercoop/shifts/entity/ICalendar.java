package org.ridercoop.shifts.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A rider's shifts as an iCalendar feed (RFC 5545): one event per shift, times in UTC, lines folded at 75 octets. */
public final class ICalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A shift as the calendar shows it. */
    public record Event(long shiftId, String zone, Instant start, Instant end, boolean offered, boolean cancelled, String note) {
    }

    private ICalendar() {
    }

    public static String of(String calendarName, String host, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Ridercoop//Shifts//KO");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Asia/Seoul");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:shift-" + event.shiftId() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SUMMARY:" + text("배달 근무 · " + event.zone() + (event.offered() ? " (교대 요청 중)" : "")));
            line(out, "LOCATION:" + text(event.zone()));
            if (event.note() != null) {
                line(out, "DESCRIPTION:" + text(event.note()));
            }
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets of UTF-8 (a character is never split). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
