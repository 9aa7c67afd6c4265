package org.ridercoop.membership.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;

/** A line of the member register (조합원 명부). */
@Schema(name = "Member")
public record MemberView(long id, Integer memberNumber, String name, String email, String phone, MembershipStatus status,
                         int shares, long subscribedWon, long paidInWon, boolean founder, LocalDate appliedOn,
                         LocalDate joinedOn, LocalDate leftOn, long version) {

    static MemberView of(Membership m, long sharePrice) {
        return new MemberView(m.id(), m.memberNumber(), m.name(), m.email(), m.phone(), m.status(), m.shares(),
                m.subscribedWon(sharePrice), m.paidIn(), m.founder(), m.appliedOn(), m.joinedOn(), m.leftOn(), m.version());
    }
}
