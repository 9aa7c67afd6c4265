package org.ridercoop.web.shifts.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** Work done: hours, deliveries, distance and income; SUBMITTED by a rider until the board confirms or rejects it. */
public record WorkRecord(long id, long membershipId, Integer memberNumber, String name, Long shiftId, Instant startedAt,
                         Instant endedAt, long minutes, int deliveries, BigDecimal distanceKm, long incomeWon, String status,
                         String source, String decidedBy, String rejectReason) {

    public static final String SUBMITTED = "SUBMITTED";

    public boolean isSubmitted() {
        return SUBMITTED.equals(status);
    }
}
