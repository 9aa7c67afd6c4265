package org.ridercoop.web.shifts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies the shift and work calls send. What a person typed badly travels as null (left out of the JSON), so
 * that the API, the one validator, answers with its field error.
 */
public final class ShiftCommands {
    private ShiftCommands() {
    }

    /** {@code {}}: calls that take no figures. */
    public record Empty() {
    }

    public record NewShift(Long zoneId, Instant startsAt, Instant endsAt, Integer ridersWanted, String note) {
    }

    public record NewZone(String name) {
    }

    public record Week(LocalDate weekOf) {
    }

    public record Published(int created, List<Shift> shifts) {
    }

    public record Offer(Boolean urgent, String reason) {
    }

    public record NewSwap(Long myShiftId, Long theirShiftId, Long withMembershipId) {
    }

    public record NewWindow(LocalDate weekOf, Instant closesAt) {
    }

    public record Requests(List<Long> shiftIds) {
    }

    public record NewWorkRecord(Long membershipId, Long shiftId, Instant startedAt, Instant endedAt, Integer deliveries,
                                BigDecimal distanceKm, Long incomeWon) {
    }

    public record Decision(String reason) {
    }

    public record Feed(String url) {
    }
}
