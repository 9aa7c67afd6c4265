package org.ridercoop.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.ShiftRules;

class ShiftRulesTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final ShiftRules RULES = new ShiftRules(480, 1200, 60, 1440);

    private static Instant at(int day, int hour, int minute) {
        return MONDAY.plusDays(day).atTime(hour % 24, minute).atZone(KoreanCalendar.ZONE).toInstant().plusSeconds(hour >= 24 ? 86_400 : 0);
    }

    private static Interval shift(int day, int from, int to) {
        return new Interval(at(day, from, 0), at(day, to, 0));
    }

    private static String broken(List<Interval> held, Interval candidate) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> RULES.check("You", held, candidate));
        return e == null ? null : e.problem().type().replace("urn:ridercoop:problem:", "");
    }

    @Test
    void eachRuleNamesItselfAtItsEdge() {
        List<Interval> lunch = List.of(shift(0, 11, 15));
        assertThat(broken(lunch, shift(0, 14, 16))).isEqualTo("rule-overlap");
        // touching is not overlapping, but leaves no rest
        assertThat(broken(lunch, shift(0, 15, 16))).isEqualTo("rule-min-rest");
        assertThat(broken(lunch, new Interval(at(0, 15, 59), at(0, 17, 0)))).isEqualTo("rule-min-rest");
        assertThat(broken(lunch, shift(0, 16, 20))).isNull();
        // 8 hours a day exactly is allowed, one minute more is not
        assertThat(broken(lunch, new Interval(at(0, 16, 0), at(0, 20, 1)))).isEqualTo("rule-max-day");
        // the week: 20 hours; four days of 5 hours, then one more hour on the fifth
        List<Interval> week = List.of(shift(0, 10, 15), shift(1, 10, 15), shift(2, 10, 15), shift(3, 10, 15));
        assertThat(broken(week, shift(4, 10, 11))).isEqualTo("rule-max-week");
        // next Monday starts a new week
        assertThat(broken(week, shift(7, 10, 11))).isNull();
        // nothing after midnight; until midnight is fine
        assertThat(broken(List.of(), shift(0, 20, 24))).isNull();
        assertThat(broken(List.of(), new Interval(at(0, 20, 0), at(0, 24, 1).plusSeconds(60)))).isEqualTo("rule-latest-end");
    }

    @Test
    void aShiftOverMidnightCountsTowardsTheDayItStartsAndALaterLatestEndAllowsIt() {
        ShiftRules night = new ShiftRules(600, 3000, 0, 1560);
        Interval lateShift = new Interval(at(0, 21, 0), at(0, 26, 0));
        assertThatCode(() -> night.check("You", List.of(), lateShift)).doesNotThrowAnyException();
        assertThat(lateShift.day()).isEqualTo(MONDAY);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> night.check("김민준", List.of(shift(0, 9, 15)), lateShift));
        assertThat(e.problem().detail()).isEqualTo("At most 10 h a day: 김민준 would have 11 h on 2026-11-30.");
    }
}
