package org.ridercoop.testsupport;

import java.text.Normalizer;
import java.time.LocalDate;

/** Request bodies the API tests share. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A cooperative whose chair is the demo board member and one of whose plain members is the demo rider. */
    public static String cooperative(String registrationNumber, String chairEmail, String memberEmail, int chairShares) {
        return """
                {"nameKo":"대구라이더협동조합","nameRomanized":"Daegu Rider Cooperative","kind":"WORKER",
                 "registrationNumber":"%s","fiscalYearStartMonth":1,"sharePriceWon":50000,
                 "articles":{"nonUseMonthsForExpulsion":12,"unpaidMonthsForExpulsion":6,"withdrawalNoticeDays":30},
                 "founders":[
                  {"name":"박서연","email":"%s","phone":"010-1234-5678","shares":%d,"position":"CHAIR"},
                  {"name":"%s","email":"%s","shares":2},
                  {"name":"최도윤","email":"doyun@ridercoop.example","shares":2,"position":"DIRECTOR"},
                  {"name":"정하린 🛵","email":"harin@ridercoop.example","shares":2,"position":"DIRECTOR"},
                  {"name":"한지우","email":"jiwoo@ridercoop.example","shares":1,"position":"AUDITOR"}]}"""
                .formatted(registrationNumber, chairEmail, chairShares, Normalizer.normalize("김민준", Normalizer.Form.NFD), memberEmail);
    }

    /**
     * A work-record import (the default CSV columns) of the five founders of {@link #cooperative}, all on one day:
     * incomes of 300,000 : 200,000 : 100,000 : 100,000 : 0 won, so that the fifth earns nothing.
     */
    public static String workOfTheFounders(LocalDate day) {
        return "라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n"
                + "1," + day + " 10:00," + day + " 14:00,10,30,300000\n"
                + "2," + day + " 10:00," + day + " 14:00,12,35,200000\n"
                + "3," + day + " 10:00," + day + " 12:00,6,20,100000\n"
                + "4," + day + " 10:00," + day + " 11:00,2,5,100000\n"
                + "5," + day + " 10:00," + day + " 11:00,1,3,0\n";
    }
}
