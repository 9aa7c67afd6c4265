package org.ridercoop.testsupport;

import java.text.Normalizer;

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
}
