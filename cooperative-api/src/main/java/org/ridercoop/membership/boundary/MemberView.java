package org.ridercoop.membership.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;

/** A line of the member register (조합원 명부). */
@Schema(name = "Member")
public record MemberView(long id, Integer memberNumber, String name, String email, MembershipStatus status, int shares,
                         boolean founder, LocalDate joinedOn) {

    static MemberView of(Membership m) {
        return new MemberView(m.id(), m.memberNumber(), m.name(), m.email(), m.status(), m.shares(), m.founder(), m.joinedOn());
    }
}
