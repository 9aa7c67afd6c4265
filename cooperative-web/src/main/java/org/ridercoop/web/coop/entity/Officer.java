package org.ridercoop.web.coop.entity;

import java.time.LocalDate;

/** An officer of the board: chair, director or auditor, with the term the general assembly gave them. */
public record Officer(long id, String position, long membershipId, String name, LocalDate termStart, LocalDate termEnd) {
}
