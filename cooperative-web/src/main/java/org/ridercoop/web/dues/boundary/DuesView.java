package org.ridercoop.web.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.ridercoop.web.dues.entity.DuesAccount;

/**
 * What the dues pages share ({@code #{duesView}}): where a month of an account stands today, as its badge says it.
 */
@Named("duesView")
@RequestScoped
public class DuesView {
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    Clock clock = Clock.systemUTC();

    /**
     * {@code paid}, {@code partial} (some paid, some owed), {@code due} (this month's, not yet paid: not late) or
     * {@code overdue} (an earlier month's, unpaid).
     */
    public String monthState(DuesAccount.Month month) {
        if (month.isPaid()) {
            return "paid";
        }
        if (month.isPartlyPaid()) {
            return "partial";
        }
        return isPast(month.month()) ? "overdue" : "due";
    }

    private boolean isPast(String month) {
        try {
            return YearMonth.parse(month).isBefore(YearMonth.now(clock.withZone(KOREA)));
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }
}
