package org.ridercoop.web.dues.entity;

/**
 * A member who owes dues, with the unpaid amount by age; {@code flagged} once the months unpaid reached what the
 * articles set for expulsion (the board may then open a case; nothing happens by itself).
 */
public record Arrears(long membershipId, Integer memberNumber, String name, long unpaidWon, Aging aging,
                      int monthsInArrears, boolean flagged) {
    public Arrears {
        aging = aging == null ? Aging.NONE : aging;
    }
}
