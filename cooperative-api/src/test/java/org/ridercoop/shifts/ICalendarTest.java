package org.ridercoop.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.shifts.entity.ICalendar;

class ICalendarTest {
    @Test
    void eventsAreInUtcEscapedAndNoLineIsLongerThan75Octets() {
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        String note = "점심 피크; 북구, 동구 통합 구역 — 헬멧 필수 ".repeat(4);
        String ics = ICalendar.of("Ridercoop 근무 · 김민준", "ridercoop", List.of(
                new ICalendar.Event(5, "북구", start, start.plusSeconds(4 * 3600), true, false, note),
                new ICalendar.Event(6, "동구", start.plusSeconds(86_400), start.plusSeconds(90_000), false, true, null)), Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:shift-5@ridercoop\r\n", "DTSTART:20261130T090000Z\r\n", "DTEND:20261130T130000Z\r\n", "STATUS:CANCELLED\r\n",
                "SUMMARY:배달 근무 · 북구 (교대 요청 중)\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // unfolded, the description is the note with ; and , escaped
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + note.replace(";", "\\;").replace(",", "\\,"));
        assertThat(ics.chars().filter(c -> c == '\uFFFD').count()).isZero();
    }
}
