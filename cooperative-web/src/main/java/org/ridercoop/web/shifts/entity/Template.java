package org.ridercoop.web.shifts.entity;

import java.time.DayOfWeek;
import java.util.List;

/** The cooperative's usual week: the shifts a week is published with. */
public record Template(List<Slot> slots) {

    public Template {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    public record Slot(Long zoneId, DayOfWeek dayOfWeek, String start, String end, Integer ridersWanted) {
    }
}
