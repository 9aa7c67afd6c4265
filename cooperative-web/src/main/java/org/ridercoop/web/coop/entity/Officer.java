package org.ridercoop.web.coop.entity;

import java.time.LocalDate;

/**
 * An officer of the board: chair, director or auditor, with the term the general assembly gave them; a term that
 * ended (or was left early, on {@code vacatedOn}) is no longer in force. {@code inForce} is null from an API that does not say.
 */
public record Officer(long id, String position, long membershipId, String name, LocalDate termStart, LocalDate termEnd,
                      LocalDate vacatedOn, Boolean inForce) {

    public boolean isInForce() {
        return inForce == null || inForce;
    }
}
