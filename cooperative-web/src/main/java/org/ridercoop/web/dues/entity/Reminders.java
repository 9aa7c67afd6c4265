package org.ridercoop.web.dues.entity;

import java.time.Instant;
import java.util.List;

/**
 * The reminder e-mails: on {@code dayOfMonth} each month a member whose months in arrears equal one of
 * {@code monthsInArrears} gets one (at most one a month); none when the list is empty. {@code sent}: the last twelve
 * months' reminders, newest first.
 */
public record Reminders(List<Integer> monthsInArrears, int dayOfMonth, List<Sent> sent) {
    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final String NO_ADDRESS = "NO_ADDRESS";

    public Reminders {
        monthsInArrears = monthsInArrears == null ? List.of() : List.copyOf(monthsInArrears);
        sent = sent == null ? List.of() : List.copyOf(sent);
    }

    /** A reminder to a member for a month, and what became of its e-mail. */
    public record Sent(long membershipId, Integer memberNumber, String name, String month, int monthsInArrears,
                       long unpaidWon, String email, String emailStatus, Instant emailSentAt, String emailError) {
        public boolean isFailed() {
            return FAILED.equals(emailStatus);
        }
    }

    /** The board's answer to "how many send now": the reminders put in the queue. */
    public record Run(int queued) {
    }
}
