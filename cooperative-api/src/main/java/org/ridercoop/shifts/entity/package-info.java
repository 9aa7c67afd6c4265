/** Shifts: entity. */
package org.ridercoop.shifts.entity;
