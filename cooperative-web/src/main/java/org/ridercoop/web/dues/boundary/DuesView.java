package org.ridercoop.web.dues.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.dues.entity.PlanFees;
import org.ridercoop.web.i18n.CurrentLanguage;

/**
 * What the dues pages share ({@code #{duesView}}): where a month of an account stands today, as its badge says it;
 * what a plan charges and what a by-work month was charged from, in the reader's language.
 */
@Named("duesView")
@RequestScoped
public class DuesView {
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    Clock clock = Clock.systemUTC();

    @Inject
    CurrentLanguage language;

    /** "월 10,000원", "배달 1건당 100원", "정산 수입의 1.5%". */
    public String fee(Plan plan) {
        return PlanFees.fee(plan, language.getLocale());
    }

    /** "지난달 배달 21건", "지난달 수입 99,333원"; empty for a flat month. */
    public String basis(DuesAccount.Month month) {
        return month == null ? "" : PlanFees.basis(month.kind(), month.basisQuantity(), language.getLocale());
    }

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
