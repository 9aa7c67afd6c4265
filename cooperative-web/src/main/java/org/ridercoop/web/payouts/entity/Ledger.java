package org.ridercoop.web.payouts.entity;

import java.util.List;

/** The payout ledger: debits and credits of every entry, balanced when equal, and by account. */
public record Ledger(long debitWon, long creditWon, long entries, boolean balanced, List<Account> accounts) {
    public Ledger {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public record Account(String account, long debitWon, long creditWon, long balanceWon) {
    }
}
