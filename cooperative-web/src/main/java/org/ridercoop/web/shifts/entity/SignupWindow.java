package org.ridercoop.web.shifts.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sign-up window for a week's shifts: riders ask for shifts in order of preference while it is OPEN; at
 * {@code closesAt} (or when the board says) they are ALLOCATED by the rule, and each request says what came of it.
 */
public record SignupWindow(long id, LocalDate weekOf, Instant closesAt, String state, int requests, int riders, String seed,
                           String rule, String ruleKo, List<Request> myRequests) {

    public static final String OPEN = "OPEN";

    public SignupWindow {
        myRequests = myRequests == null ? List.of() : List.copyOf(myRequests);
    }

    /** One of the caller's requests: its rank, and after the allocation its outcome (GRANTED, FULL, RULE, NOT_REACHED) and why. */
    public record Request(long shiftId, int rank, String outcome, String whyEn, String whyKo) {
    }

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
