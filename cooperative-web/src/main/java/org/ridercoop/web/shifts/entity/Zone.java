package org.ridercoop.web.shifts.entity;

/** An area of the city that shifts are for. */
public record Zone(long id, String name, boolean active) {
}
