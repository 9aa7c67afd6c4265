package org.ridercoop.web.dues.entity;

/** A month's collection: members charged, charged, collected of it so far, the rate in percent. */
public record Collection(String month, long members, long chargedWon, long collectedWon, double ratePercent) {

    public long getOutstandingWon() {
        return Math.max(0, chargedWon - collectedWon);
    }

    /** {@code good} from 90%, {@code fair} from 60%, else {@code poor}: the colour of the month's bar. */
    public String getLevel() {
        if (ratePercent >= 90) {
            return "good";
        }
        return ratePercent >= 60 ? "fair" : "poor";
    }
}
