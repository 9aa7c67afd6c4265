package org.ridercoop.web.shifts.entity;

import java.time.Instant;

/** A proposal to trade shifts: the proposer's ({@code from}) for another rider's ({@code to}); both must agree. */
public record Swap(long id, String state, long fromMembershipId, String fromName, Summary fromShift, long toMembershipId,
                   String toName, Summary toShift, Instant createdAt, Instant decidedAt) {

    public static final String PROPOSED = "PROPOSED";

    public record Summary(long id, String zone, Instant startsAt, Instant endsAt) {
    }

    public boolean isProposed() {
        return PROPOSED.equals(state);
    }
}
