package org.ridercoop.web.voting.entity;

/** What a voter keeps: the receipt ("ABCDE-FGHJK-…") is shown this once; the list publishes its SHA-256. */
public record VoteReceipt(long motionId, String receipt, String receiptHash) {
}
