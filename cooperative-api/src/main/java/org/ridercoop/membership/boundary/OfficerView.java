package org.ridercoop.membership.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Position;

/** An officer (이사장, 이사, 감사) and their term. */
@Schema(name = "Officer")
public record OfficerView(long id, Position position, long membershipId, String name, LocalDate termStart, LocalDate termEnd,
                          LocalDate vacatedOn, boolean inForce) {

    static OfficerView of(BoardPosition b, String name, LocalDate today) {
        return new OfficerView(b.id() == null ? 0 : b.id(), b.position(), b.membershipId(), name, b.termStart(), b.termEnd(), b.vacatedOn(),
                b.inForce(today));
    }
}
