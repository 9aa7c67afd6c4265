package org.ridercoop.consulting.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.consulting.entity.ConsultantGrant;

/** A consultant's access to the cooperative, in force or revoked. */
@Schema(name = "ConsultantGrant")
public record GrantView(long id, String email, String name, Instant grantedAt, Instant revokedAt, boolean inForce) {

    static GrantView of(ConsultantGrant g) {
        return new GrantView(g.id(), g.consultantEmail(), g.consultantName(), g.grantedAt(), g.revokedAt(), g.inForce());
    }
}
