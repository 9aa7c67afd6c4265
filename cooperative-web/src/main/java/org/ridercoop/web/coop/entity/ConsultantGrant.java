package org.ridercoop.web.coop.entity;

import java.time.Instant;

/** A consultant's read access to the cooperative, in force or revoked. */
public record ConsultantGrant(long id, String email, String name, Instant grantedAt, Instant revokedAt, boolean inForce) {

    /** The body of a new grant: the consultant's e-mail address (as in their account) and name. */
    public record New(String email, String name) {
    }
}
