package org.ridercoop.web.dues.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A dues plan from a day on, until its last day if it has one: a flat fee a month ({@code monthlyWon}), a fee per
 * delivery ({@code perDeliveryWon}) or a share of income ({@code incomeRateBasisPoints}, 150 = 1.5%), the last two
 * charged from the previous month's confirmed work. The API leaves out the two amounts a kind has not, so they are
 * null here. The standard plan is what every member pays who is not put on another; a new standard plan ends the
 * one before it.
 */
public record Plan(long id, String name, String kind, Long monthlyWon, Long perDeliveryWon, Integer incomeRateBasisPoints,
                   boolean standard, LocalDate startsOn, LocalDate endsOn, String createdBy) {
    public static final String FLAT_MONTHLY = "FLAT_MONTHLY";
    public static final String PER_DELIVERY = "PER_DELIVERY";
    public static final String PERCENT_OF_INCOME = "PERCENT_OF_INCOME";
    public static final List<String> KINDS = List.of(FLAT_MONTHLY, PER_DELIVERY, PERCENT_OF_INCOME);

    public Plan {
        // plans from before the kinds were flat
        kind = kind == null ? FLAT_MONTHLY : kind;
    }

    /** {@code current}, {@code upcoming} (not begun) or {@code ended} on that day. */
    public String stateOn(LocalDate day) {
        if (startsOn != null && day.isBefore(startsOn)) {
            return "upcoming";
        }
        if (endsOn != null && day.isAfter(endsOn)) {
            return "ended";
        }
        return "current";
    }

    public boolean inForceOn(LocalDate day) {
        return "current".equals(stateOn(day));
    }

    /** Charged from last month's work (per delivery, or a share of income) rather than a flat fee. */
    public boolean isByWork() {
        return !FLAT_MONTHLY.equals(kind);
    }

    /** The rate of a share-of-income plan in percent ("1.5"), or null for the other kinds. */
    public BigDecimal getIncomePercent() {
        return incomeRateBasisPoints == null ? null : BigDecimal.valueOf(incomeRateBasisPoints, 2).stripTrailingZeros();
    }
}
