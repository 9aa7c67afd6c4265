package org.ridercoop.shifts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.ShiftRules;
import org.ridercoop.shifts.entity.WorkRecord;
import org.ridercoop.shifts.entity.Zone;

/** What clients see of shifts and work. */
public final class ShiftViews {
    private ShiftViews() {
    }

    @Schema(name = "Zone")
    public record ZoneView(long id, String name, boolean active) {
        static ZoneView of(Zone z) {
            return new ZoneView(z.id(), z.name(), z.active());
        }
    }

    @Schema(name = "ShiftRules")
    public record RulesView(int maxMinutesPerDay, int maxMinutesPerWeek, int minRestMinutes, int latestEndMinute) {
        static RulesView of(ShiftRules r) {
            return new RulesView(r.maxMinutesPerDay(), r.maxMinutesPerWeek(), r.minRestMinutes(), r.latestEndMinute());
        }
    }

    @Schema(name = "ShiftPlace")
    public record PlaceView(int placeNo, Long membershipId, Integer memberNumber, String name, boolean offered, boolean urgent, boolean mine) {
    }

    /** A shift: open places nobody holds, offered ones in the pool, uncovered = open + urgent offers. */
    @Schema(name = "Shift")
    public record ShiftView(long id, long zoneId, String zone, Instant startsAt, Instant endsAt, long minutes, int ridersWanted, int filled,
                            int open, int offered, int uncovered, boolean cancelled, String note, List<PlaceView> places) {
        static ShiftView of(Shifts.Row row, Long caller) {
            List<PlaceView> places = row.places().stream().map(p -> new PlaceView(p.placeNo(), p.membershipId(), p.memberNumber(), p.name(),
                    p.offered(), p.urgent(), caller != null && caller.equals(p.membershipId()))).toList();
            int open = (int) places.stream().filter(p -> p.membershipId() == null).count();
            int offered = (int) places.stream().filter(PlaceView::offered).count();
            int urgent = (int) places.stream().filter(PlaceView::urgent).count();
            return new ShiftView(row.shift().id(), row.shift().zoneId(), row.zone(), row.shift().startsAt(), row.shift().endsAt(),
                    row.shift().interval().minutes(), row.shift().ridersWanted(), places.size() - open, open, offered,
                    row.shift().cancelled() ? 0 : open + urgent, row.shift().cancelled(), row.shift().note(), places);
        }
    }

    @Schema(name = "PooledPlace")
    public record PoolView(long shiftId, String zone, Instant startsAt, Instant endsAt, long minutes, int placeNo, long membershipId, String name,
                           boolean urgent, String reason, Instant offeredAt) {
    }

    @Schema(name = "ShiftSummary")
    public record ShiftSummary(long id, String zone, Instant startsAt, Instant endsAt) {
    }

    @Schema(name = "Swap")
    public record SwapView(long id, String state, long fromMembershipId, String fromName, ShiftSummary fromShift, long toMembershipId,
                           String toName, ShiftSummary toShift, Instant createdAt, Instant decidedAt) {
    }

    @Schema(name = "ShiftHours")
    public record HoursView(LocalDate weekOf, long minutes, int maxMinutesPerWeek, List<DayView> days) {
    }

    @Schema(name = "ShiftDay")
    public record DayView(LocalDate date, long minutes, int maxMinutesPerDay) {
    }

    @Schema(name = "WorkRecord")
    public record WorkRecordView(long id, long membershipId, Integer memberNumber, String name, Long shiftId, Instant startedAt, Instant endedAt,
                                 long minutes, int deliveries, BigDecimal distanceKm, long incomeWon, String status, String source,
                                 String decidedBy, String rejectReason) {
        static WorkRecordView of(WorkRecord r, Integer memberNumber, String name) {
            return new WorkRecordView(r.id(), r.membershipId(), memberNumber, name, r.shiftId(), r.startedAt(), r.endedAt(), r.minutes(),
                    r.deliveries(), km(r.distanceMetres()), r.incomeWon(), r.status().name(),
                    r.source().name(), r.decidedBy(), r.rejectReason());
        }
    }

    /** Metres as kilometres, without trailing zeros (42.5, 3, 0.125). */
    static BigDecimal km(int metres) {
        BigDecimal km = BigDecimal.valueOf(metres, 3).stripTrailingZeros();
        return km.scale() < 0 ? km.setScale(0) : km;
    }

    @Schema(name = "WorkImport")
    public record ImportView(int imported, int alreadyImported, long minutes, long deliveries, long incomeWon) {
    }

    @Schema(name = "CalendarFeed")
    public record FeedView(String url) {
    }
}
