package org.ridercoop.web.membership.entity;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a member's history; {@code fromStatus} is null for the application itself. */
public record StatusChange(String fromStatus, String toStatus, LocalDate effectiveOn, Instant recordedAt,
                           String recordedBy, String reason) {
}
