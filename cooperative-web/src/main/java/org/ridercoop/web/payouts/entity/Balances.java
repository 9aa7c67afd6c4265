package org.ridercoop.web.payouts.entity;

/** The reserves and the loss carried forward at a fiscal year's start or end, in whole won. */
public record Balances(long retainedWon, long voluntaryWon, long legalWon, long lossWon) {
    public static final Balances NONE = new Balances(0, 0, 0, 0);
}
