package org.ridercoop.web.coop.entity;

import java.time.LocalDate;

/** A line of the member register (조합원 명부); an applicant has no member number yet. */
public record Member(long id, Integer memberNumber, String name, String email, String status, int shares,
                     boolean founder, LocalDate joinedOn) {
}
