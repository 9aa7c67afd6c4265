package org.ridercoop.web.coop.entity;

import java.time.Instant;

/** {@code GET /api/coops/{id}}: a cooperative with the settings of its articles. */
public record Cooperative(long id, String nameKo, String nameRomanized, String kind, String registrationNumber,
                          int fiscalYearStartMonth, long sharePriceWon, int nonUseMonthsForExpulsion,
                          int unpaidMonthsForExpulsion, int withdrawalNoticeDays, Instant registeredAt, long version) {
}
