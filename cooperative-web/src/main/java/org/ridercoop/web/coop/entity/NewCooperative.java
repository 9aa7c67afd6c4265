package org.ridercoop.web.coop.entity;

import java.util.List;

/** The body of {@code POST /api/coops}; the API validates it, so numbers the person typed badly travel as null. */
public record NewCooperative(String nameKo, String nameRomanized, String kind, String registrationNumber,
                             Integer fiscalYearStartMonth, Long sharePriceWon, Articles articles, List<Founder> founders) {

    public record Articles(Integer nonUseMonthsForExpulsion, Integer unpaidMonthsForExpulsion, Integer withdrawalNoticeDays) {
    }

    /** {@code phone} and {@code position} are optional: null is left out of the JSON. */
    public record Founder(String name, String email, String phone, Integer shares, String position) {
    }
}
