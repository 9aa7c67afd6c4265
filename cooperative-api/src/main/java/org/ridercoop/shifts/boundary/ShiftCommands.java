package org.ridercoop.shifts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ridercoop.platform.validation.Within;

/** The validated bodies of the shift use cases. */
public final class ShiftCommands {
    private ShiftCommands() {
    }

    public record NewZone(@NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,100}", message = "is required, at most 100 characters")
                          String name) {
    }

    public record Rules(
            @NotNull(message = "is required") @Within(min = 60, max = 1440, message = "60 to 1440 minutes")
            Integer maxMinutesPerDay,
            @NotNull(message = "is required") @Within(min = 60, max = 10080, message = "60 to 10080 minutes")
            Integer maxMinutesPerWeek,
            @NotNull(message = "is required") @Within(min = 0, max = 1440, message = "0 to 1440 minutes")
            Integer minRestMinutes,
            @NotNull(message = "is required") @Within(min = 60, max = 2160, message = "60 to 2160 (minutes after midnight of the start day)") Integer latestEndMinute) {
    }

    public record NewShift(@NotNull(message = "is required") Long zoneId, @NotNull(message = "is required") Instant startsAt,
                           @NotNull(message = "is required") Instant endsAt,
                           @NotNull(message = "is required") @Within(min = 1, max = 50, message = "1 to 50") Integer ridersWanted,
                           @Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String note) {
    }

    public record Slot(@NotNull(message = "is required") Long zoneId, @NotNull(message = "is required") DayOfWeek dayOfWeek,
                       @NotNull(message = "is required") @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "a time like 11:00") String start,
                       @NotNull(message = "is required") @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00", message = "a time like 15:00") String end,
                       @NotNull(message = "is required") @Within(min = 1, max = 50, message = "1 to 50") Integer ridersWanted) {
    }

    public record Template(@NotNull(message = "is required") @Within(min = 0, max = 200, message = "at most 200 slots") List<@NotNull @Valid Slot> slots) {
    }

    public record Week(@NotNull(message = "is required, a Monday") LocalDate weekOf) {
    }

    public record Cancel(@Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String reason) {
    }

    /** A claim: for oneself (no member), or by the board for a member. */
    public record Claim(Long membershipId) {
    }

    public record Offer(Boolean urgent, @Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String reason) {
    }

    public record Removal(@NotNull(message = "is required") Long membershipId, @Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String reason) {
    }

    public record NewSwap(@NotNull(message = "is required") Long myShiftId, @NotNull(message = "is required") Long theirShiftId,
                          @NotNull(message = "is required") Long withMembershipId) {
    }

    public record NewWindow(@NotNull(message = "is required, a Monday") LocalDate weekOf, @NotNull(message = "is required") Instant closesAt) {
    }

    public record Requests(@NotNull(message = "is required") @Within(min = 0, max = 30, message = "at most 30 shifts") List<@NotNull Long> shiftIds) {
    }

    public record NewWorkRecord(Long membershipId, Long shiftId, @NotNull(message = "is required") Instant startedAt,
                                @NotNull(message = "is required") Instant endedAt,
                                @NotNull(message = "is required") @Within(min = 0, max = 500, message = "0 to 500") Integer deliveries,
                                @NotNull(message = "is required") BigDecimal distanceKm,
                                @NotNull(message = "is required") @Within(min = 0, max = 10_000_000, message = "0 to 10,000,000 won") Long incomeWon) {
    }

    public record Decision(@Pattern(regexp = "(?s).{0,200}", message = "at most 200 characters") String reason) {
    }

    public record Mapping(
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String memberNumber,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String startedAt,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String endedAt,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String deliveries,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String distanceKm,
            @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,60}", message = "a column name") String incomeWon) {
    }
}
