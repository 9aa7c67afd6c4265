package org.ridercoop.web.payouts.entity;

import java.time.Instant;

/**
 * Where a member's payouts are transferred, as the API keeps it ({@code GET …/payouts/bank-account}). A page shows the
 * number {@link #getMasked() masked}: the last four digits tell the member which account it is, the rest stays off
 * the screen and out of the page.
 */
public record BankAccount(String bank, String accountNumber, String holder, Instant updatedAt) {
    /** Digits shown as they are at the end of the number. */
    static final int SHOWN = 4;

    /** "3333-01-2345678" as "****-**-***5678": every digit but the last four hidden, the dashes kept. */
    public String getMasked() {
        return mask(accountNumber);
    }

    public static String mask(String number) {
        if (number == null) {
            return "";
        }
        long digits = number.chars().filter(Character::isDigit).count();
        StringBuilder masked = new StringBuilder(number.length());
        long seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen > digits - SHOWN ? c : '*');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
