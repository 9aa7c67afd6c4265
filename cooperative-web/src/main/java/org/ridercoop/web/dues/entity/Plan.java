package org.ridercoop.web.dues.entity;

import java.time.LocalDate;

/**
 * A dues plan: a flat fee a month from a day on, until its last day if it has one. The standard plan is what every
 * member pays who is not put on another; a new standard plan ends the one before it.
 */
public record Plan(long id, String name, String kind, long monthlyWon, boolean standard, LocalDate startsOn,
                   LocalDate endsOn, String createdBy) {

    /** {@code current}, {@code upcoming} (not begun) or {@code ended} on that day. */
    public String stateOn(LocalDate day) {
        if (startsOn != null && day.isBefore(startsOn)) {
            return "upcoming";
        }
        if (endsOn != null && day.isAfter(endsOn)) {
            return "ended";
        }
        return "current";
    }

    public boolean inForceOn(LocalDate day) {
        return "current".equals(stateOn(day));
    }
}
