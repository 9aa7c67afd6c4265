/**
 * Shifts and work records (issue 5) as riders, boards and consultants see them: the rider's week (their shifts, open
 * shifts, the pool, swaps, hours against the safety rules, notifications, the calendar feed), the sign-up window,
 * the rider's work records, and the board's coverage grid, template, rules, windows, confirmation inbox and import.
 */
package org.ridercoop.web.shifts;
