/** Shifts: boundary. */
package org.ridercoop.shifts.boundary;
