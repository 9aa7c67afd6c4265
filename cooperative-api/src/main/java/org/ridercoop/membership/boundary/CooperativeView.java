package org.ridercoop.membership.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.CooperativeKind;

/** A cooperative as clients see it. */
@Schema(name = "Cooperative")
public record CooperativeView(long id, String nameKo, String nameRomanized, CooperativeKind kind, String registrationNumber,
                              int fiscalYearStartMonth, long sharePriceWon, int nonUseMonthsForExpulsion,
                              int unpaidMonthsForExpulsion, int withdrawalNoticeDays, Instant registeredAt, long version) {

    static CooperativeView of(Cooperative c) {
        return new CooperativeView(c.id(), c.nameKo(), c.nameRomanized(), c.kind(), c.registrationNumber(),
                c.fiscalYearStartMonth(), c.sharePrice(), c.articles().nonUseMonthsForExpulsion(),
                c.articles().unpaidMonthsForExpulsion(), c.articles().withdrawalNoticeDays(), c.registeredAt(), c.version());
    }
}
