package org.ridercoop.web.coop.entity;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/coops/{id}}: a cooperative with the settings of its articles, and (when one cooperative is read)
 * its capital; {@code capital} is null in lists.
 */
public record Cooperative(long id, String nameKo, String nameRomanized, String kind, String registrationNumber,
                          int fiscalYearStartMonth, long sharePriceWon, int nonUseMonthsForExpulsion,
                          int unpaidMonthsForExpulsion, int withdrawalNoticeDays, Instant registeredAt, long version,
                          Capital capital) {

    /** Current members and their capital; over-cap members hold more than 30% of all shares (§22) after others left. */
    public record Capital(int currentMembers, int applicants, long totalShares, long subscribedWon, long paidInWon,
                          List<Long> overCapMemberIds) {

        public Capital {
            overCapMemberIds = overCapMemberIds == null ? List.of() : List.copyOf(overCapMemberIds);
        }
    }
}
