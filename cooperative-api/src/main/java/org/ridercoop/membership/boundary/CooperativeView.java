package org.ridercoop.membership.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.CooperativeKind;

/** A cooperative as clients see it. */
@Schema(name = "Cooperative")
public record CooperativeView(long id, String nameKo, String nameRomanized, CooperativeKind kind, String registrationNumber,
                              int fiscalYearStartMonth, long sharePriceWon, int nonUseMonthsForExpulsion,
                              int unpaidMonthsForExpulsion, int withdrawalNoticeDays, Instant registeredAt, long version,
                              Capital capital) {

    static CooperativeView of(Cooperative c) {
        return of(c, null);
    }

    static CooperativeView of(Cooperative c, Capital capital) {
        return new CooperativeView(c.id(), c.nameKo(), c.nameRomanized(), c.kind(), c.registrationNumber(),
                c.fiscalYearStartMonth(), c.sharePrice(), c.articles().nonUseMonthsForExpulsion(),
                c.articles().unpaidMonthsForExpulsion(), c.articles().withdrawalNoticeDays(), c.registeredAt(), c.version(), capital);
    }

    /**
     * The current members and their capital; {@code overCapMemberIds} lists anyone above 30% of all shares (§22),
     * which can only happen when others leave, for the board to act on. Only when one cooperative is read.
     */
    @Schema(name = "CooperativeCapital")
    public record Capital(int currentMembers, int applicants, long totalShares, long subscribedWon, long paidInWon,
                          java.util.List<Long> overCapMemberIds) {
    }
}
