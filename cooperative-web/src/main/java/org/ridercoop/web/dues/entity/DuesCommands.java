package org.ridercoop.web.dues.entity;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the dues calls, as the forms typed them; what does not parse goes as null for the API to name. */
public final class DuesCommands {
    private DuesCommands() {
    }

    /** Of a kind, with the one amount of that kind; the other two are left out (null). */
    public record NewPlan(String name, String kind, Long monthlyWon, Long perDeliveryWon, Integer incomeRateBasisPoints, Boolean standard,
                          LocalDate startsOn, LocalDate endsOn) {
    }

    public record EndPlan(LocalDate endsOn) {
    }

    /** No plan: back to the standard one. */
    public record AssignPlan(Long planId, LocalDate startsOn) {
    }

    /** A month to bill, e.g. 2026-11. */
    public record Billing(String month) {
    }

    public record Payment(Long amountWon, LocalDate paidOn, String method, String reference) {
    }

    public record ReminderSettings(List<Integer> monthsInArrears, Integer dayOfMonth) {
    }
}
