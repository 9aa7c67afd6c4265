package org.ridercoop.web.shifts.entity;

import java.time.Instant;

/** A place a rider offered to the pool, on a shift not yet started; urgent ones ask for cover in an emergency. */
public record PooledPlace(long shiftId, String zone, Instant startsAt, Instant endsAt, long minutes, int placeNo,
                          long membershipId, String name, boolean urgent, String reason, Instant offeredAt) {
}
