package org.ridercoop.web.payouts.entity;

/** An income of the pool ({@code INCOME}) or a named deduction ({@code DEDUCTION}). */
public record Item(String kind, String label, long amountWon) {
    public boolean isDeduction() {
        return "DEDUCTION".equals(kind);
    }
}
