package org.ridercoop.shifts.entity;

import java.time.Instant;
import java.util.Collection;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * A cooperative's safety and fairness rules for its riders' shifts: no two shifts at once, at most so many minutes
 * a day and a week (a shift counts towards the Korean day and the week, from Monday, it starts in), a rest between
 * shifts, and a latest end (minutes after midnight of the day the shift starts; 1440 is midnight). A rule a change
 * would break answers 422 with its name.
 */
public record ShiftRules(int maxMinutesPerDay, int maxMinutesPerWeek, int minRestMinutes, int latestEndMinute) {
    /** Ten hours a day, 52 a week (the statutory week), an hour's rest, nothing after midnight. */
    public static final ShiftRules DEFAULT = new ShiftRules(600, 3120, 60, 1440);

    /** The latest end of a shift starting at {@code start}. */
    public Instant latestEnd(Instant start) {
        return start.atZone(KoreanCalendar.ZONE).toLocalDate().atStartOfDay(KoreanCalendar.ZONE).plusMinutes(latestEndMinute).toInstant();
    }

    /** The shift itself: it may not end after the latest end. */
    public void checkShift(Interval shift) {
        if (shift.end().isAfter(latestEnd(shift.start()))) {
            throw ProblemException.ruleViolated("rule-latest-end", "Shifts end by " + clock(latestEndMinute)
                    + " (the cooperative's latest end); this one ends later.");
        }
    }

    /**
     * Whether a rider holding {@code held} may take {@code candidate} too.
     *
     * @param who the rider, as the answer names them ("You" for the caller)
     */
    public void check(String who, Collection<Interval> held, Interval candidate) {
        checkShift(candidate);
        long day = candidate.minutes();
        long week = candidate.minutes();
        for (Interval other : held) {
            if (other.overlaps(candidate)) {
                throw ProblemException.ruleViolated("rule-overlap", who + " would have two shifts at once.");
            }
            long gap = other.gapTo(candidate);
            if (gap < minRestMinutes) {
                throw ProblemException.ruleViolated("rule-min-rest", "At least " + minRestMinutes + " minutes of rest between shifts: " + who
                        + " would have " + gap + ".");
            }
            if (other.day().equals(candidate.day())) {
                day += other.minutes();
            }
            if (other.weekOf().equals(candidate.weekOf())) {
                week += other.minutes();
            }
        }
        if (day > maxMinutesPerDay) {
            throw ProblemException.ruleViolated("rule-max-day", "At most " + hours(maxMinutesPerDay) + " a day: " + who + " would have "
                    + hours(day) + " on " + candidate.day() + ".");
        }
        if (week > maxMinutesPerWeek) {
            throw ProblemException.ruleViolated("rule-max-week", "At most " + hours(maxMinutesPerWeek) + " a week: " + who + " would have "
                    + hours(week) + " in the week of " + candidate.weekOf() + ".");
        }
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    static String clock(int minute) {
        return minute == 1440 ? "midnight" : String.format("%02d:%02d", minute / 60 % 24, minute % 60) + (minute > 1440 ? " the next day" : "");
    }
}
