package org.ridercoop.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar of the cooperatives: dates (joining, terms, notices) are Korean dates, whatever time zone the
 * servers or the database run in. Between 15:00 and 24:00 UTC it is already tomorrow in Korea.
 */
public final class KoreanCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private KoreanCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
