package org.ridercoop.web.membership.entity;

import java.time.LocalDate;

/** A board position the member holds or held. */
public record Office(long id, String position, long membershipId, String name, LocalDate termStart,
                     LocalDate termEnd, boolean inForce) {
}
