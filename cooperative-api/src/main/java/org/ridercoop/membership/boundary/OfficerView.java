package org.ridercoop.membership.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Position;

/** A board position and who holds it. */
@Schema(name = "Officer")
public record OfficerView(long id, Position position, long membershipId, String name, LocalDate termStart, LocalDate termEnd) {
}
