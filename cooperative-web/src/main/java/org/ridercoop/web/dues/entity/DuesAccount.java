package org.ridercoop.web.dues.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One member's dues ({@code GET …/members/{id}/dues}): the plan today, what was charged and paid, the balance
 * (negative: a credit towards later months), the unpaid part by age, the months in arrears and whether they reached
 * the articles' ground for expulsion, month by month newest first, and the payments newest first.
 */
public record DuesAccount(long membershipId, Integer memberNumber, String name, Plan planToday, long chargedWon,
                          long paidWon, long balanceWon, long creditWon, Aging aging, int monthsInArrears,
                          boolean arrearsFlag, List<Month> months, List<Payment> payments) {
    public static final List<String> METHODS = List.of("TRANSFER", "CASH", "CARD", "OTHER");

    public DuesAccount {
        aging = aging == null ? Aging.NONE : aging;
        months = months == null ? List.of() : List.copyOf(months);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /**
     * A month billed: its charge, what payments covered of it (oldest charge first), what is left; for a plan by work
     * its kind and what it was charged from (the deliveries, or the income in won, of the month before), else null.
     */
    public record Month(String month, long chargedWon, long paidWon, long unpaidWon, String kind, Long basisQuantity) {
        public boolean isPaid() {
            return unpaidWon <= 0;
        }

        public boolean isPartlyPaid() {
            return unpaidWon > 0 && paidWon > 0;
        }
    }

    /** A payment received: by transfer, cash, card or otherwise; the reference is the bank's text or a receipt number. */
    public record Payment(long id, long amountWon, LocalDate paidOn, String method, String reference, String recordedBy) {
    }

    /** {@code owing}, {@code credit} (paid ahead) or {@code settled}: what the page leads with. */
    public String getState() {
        if (balanceWon > 0) {
            return "owing";
        }
        return balanceWon < 0 ? "credit" : "settled";
    }

    /** What the member owes now; zero with a credit. */
    public long getOwedWon() {
        return Math.max(0, balanceWon);
    }
}
