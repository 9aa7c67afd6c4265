package org.ridercoop.web.shifts.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The minutes a member holds in a week (from Monday) and on each day, against the cooperative's limits. */
public record Hours(LocalDate weekOf, long minutes, int maxMinutesPerWeek, List<Day> days) {

    public Hours {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public record Day(LocalDate date, long minutes, int maxMinutesPerDay) {
    }

    public Optional<Day> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }
}
