/**
 * Shift pooling and work records: zones, shifts and their places, the safety rules, the pool, swaps, fair sign-up
 * windows, calendar feeds, and the work records that measure each member's patronage.
 */
package org.ridercoop.shifts;
