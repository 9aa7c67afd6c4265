package org.ridercoop.dues.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A member's dues account on a day: what was charged month by month, what was paid in all, and where payments
 * went: to the oldest charge first. What is left unpaid is aged by how many months ago it was charged (this month,
 * 1, 2, 3 or more); paying more than charged is a credit towards later months.
 *
 * @param months the charges, oldest first, each with the part paid
 */
public record DuesAccount(List<Month> months, long charged, long paid, long balance, long credit, Aging aging, int monthsInArrears) {

    /** A month's charge and how much of it payments have covered. */
    public record Month(YearMonth month, long charged, long covered) {
        public long unpaid() {
            return charged - covered;
        }
    }

    /** Unpaid dues by age: charged this month, a month ago, two months ago, three or more. */
    public record Aging(long current, long oneMonth, long twoMonths, long threeOrMore) {
    }

    /** A charge as stored. */
    public record Charge(YearMonth month, long amountWon) {
    }

    /**
     * @param charges the member's charges, in any order
     * @param paid everything the member paid towards dues
     * @param today the day the ages are counted from
     */
    public static DuesAccount of(List<Charge> charges, long paid, LocalDate today) {
        List<Charge> sorted = new ArrayList<>(charges);
        sorted.sort(Comparator.comparing(Charge::month));
        YearMonth now = YearMonth.from(today);
        long left = paid;
        long charged = 0;
        long[] buckets = new long[4];
        int inArrears = 0;
        List<Month> months = new ArrayList<>();
        for (Charge charge : sorted) {
            long covered = Math.min(charge.amountWon(), left);
            left -= covered;
            charged = Math.addExact(charged, charge.amountWon());
            Month month = new Month(charge.month(), charge.amountWon(), covered);
            months.add(month);
            if (month.unpaid() > 0) {
                long age = Math.max(0, charge.month().until(now, java.time.temporal.ChronoUnit.MONTHS));
                buckets[(int) Math.min(age, 3)] += month.unpaid();
                if (age >= 1) {
                    inArrears++;
                }
            }
        }
        return new DuesAccount(List.copyOf(months), charged, paid, charged - paid, Math.max(0, paid - charged),
                new Aging(buckets[0], buckets[1], buckets[2], buckets[3]), inArrears);
    }

    public long unpaid() {
        return Math.max(0, charged - paid);
    }
}
