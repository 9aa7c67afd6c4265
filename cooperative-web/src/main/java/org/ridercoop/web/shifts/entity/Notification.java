package org.ridercoop.web.shifts.entity;

import java.time.Instant;

/** Something that happened to a rider's shifts (CLAIMED, SWAP_PROPOSED, ALLOCATED, …), in both languages. */
public record Notification(long id, String kind, String textKo, String textEn, Long shiftId, Instant createdAt, Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
