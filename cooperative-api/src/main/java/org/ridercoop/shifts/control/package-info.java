/** Shifts: control. */
package org.ridercoop.shifts.control;
