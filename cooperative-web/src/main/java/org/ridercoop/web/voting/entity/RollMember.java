package org.ridercoop.web.voting.entity;

/** A member of the register as the board picks them for a room vote ({@code id} is the membership id). */
public record RollMember(long id, Integer memberNumber, String name) {
}
