package org.ridercoop.web.voting.entity;

/** A line of the published ballot list: {@code hash = sha256(previousHash + receiptHash + choice)}, hex. */
public record PublishedBallot(String receiptHash, String choice, String previousHash, String hash) {

    /** The start and the end of the receipt hash, enough to tell lines apart on a phone: "3f9a1c…e07b". */
    public String shortHash() {
        return receiptHash == null || receiptHash.length() <= 12 ? receiptHash
                : receiptHash.substring(0, 6) + "…" + receiptHash.substring(receiptHash.length() - 4);
    }
}
