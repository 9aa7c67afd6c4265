package org.ridercoop.shifts.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.ridercoop.platform.time.KoreanCalendar;

/** A span of work, from start (inclusive) to end (exclusive). */
public record Interval(Instant start, Instant end) {
    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts");
        }
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Minutes between the two (0 when they touch or overlap). */
    public long gapTo(Interval other) {
        if (overlaps(other)) {
            return 0;
        }
        return end.isAfter(other.start) ? Duration.between(other.end, start).toMinutes() : Duration.between(end, other.start).toMinutes();
    }

    /** The Korean day it starts on: a shift over midnight counts towards the day it started. */
    public LocalDate day() {
        return start.atZone(KoreanCalendar.ZONE).toLocalDate();
    }

    /** The Monday of its week, in Korea. */
    public LocalDate weekOf() {
        return day().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }
}
