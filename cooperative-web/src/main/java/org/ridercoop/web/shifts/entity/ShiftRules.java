package org.ridercoop.web.shifts.entity;

/**
 * The cooperative's safety rules, in minutes; also the body that changes them (a mistyped figure travels as null,
 * for the API to name). {@code latestEndMinute}: minutes after midnight of the shift's start day (1440 = midnight).
 */
public record ShiftRules(Integer maxMinutesPerDay, Integer maxMinutesPerWeek, Integer minRestMinutes, Integer latestEndMinute) {
}
