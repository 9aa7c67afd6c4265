package org.ridercoop.web.coop.entity;

import java.time.LocalDate;

/** The body of {@code POST /api/coops/{id}/board}: whom the assembly elected to which position, for which term. */
public record Appointment(Long membershipId, String position, LocalDate termStart, LocalDate termEnd) {

    /** Ending a term early, on a day. */
    public record End(LocalDate endOn) {
    }
}
