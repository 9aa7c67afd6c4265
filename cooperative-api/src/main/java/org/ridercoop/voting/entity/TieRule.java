package org.ridercoop.voting.entity;

/** How an election decides between candidates with equal votes for the last seat; stated on the ballot. */
public enum TieRule {
    /**
     * By lot that anyone can draw again: the tied candidates are ordered by SHA-256 of the motion's published
     * ballot-list head, a colon and the candidate's ballot number; the lowest hashes take the seats.
     */
    LOT("Ties for the last seat are decided by lot, drawn from the published ballot list: the lowest "
            + "SHA-256(list head + ':' + ballot number) wins."),
    /** The longest-standing member, i.e. the lowest member number, takes the seat. */
    SENIORITY("Ties for the last seat go to the longest-standing member (the lowest member number).");

    private final String text;

    TieRule(String text) {
        this.text = text;
    }

    /** The rule in words, as the ballot states it. */
    public String text() {
        return text;
    }
}
