package org.ridercoop.web.membership.entity;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the member's capital ledger: shares subscribed, money paid in, a refund paid out. */
public record CapitalEntry(long id, String kind, Integer shares, long amountWon, LocalDate entryDate,
                           Instant recordedAt, String recordedBy, String note) {
}
