package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.Shift;
import org.ridercoop.shifts.entity.ShiftRules;
import org.ridercoop.shifts.entity.Zone;

/**
 * Shifts and their places. A place is one row, held by at most one rider; changes of places take the rider's row
 * lock first (so that the rules are checked against what the rider really holds, also on another instance), then
 * the shift's (so that its places change one request at a time). Two riders are locked in the order of their ids,
 * two shifts likewise: no two requests wait for each other.
 */
@ApplicationScoped
public class Shifts {
    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    RiderNotifications notifications;

    /** A place of a shift as shown. */
    public record Place(int placeNo, Long membershipId, Integer memberNumber, String name, boolean offered, boolean urgent, String offerReason,
                        Instant offeredAt, String how) {
    }

    /** A shift with its zone's name and its places. */
    public record Row(Shift shift, String zone, List<Place> places) {
    }

    public ShiftRules rules(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT max_minutes_per_day, max_minutes_per_week, min_rest_minutes, latest_end_minute FROM shift_rules WHERE coop_id = ?1""")
                .setParameter(1, coopId).getResultList();
        if (rows.isEmpty()) {
            return ShiftRules.DEFAULT;
        }
        Object[] r = rows.get(0);
        return new ShiftRules(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue());
    }

    public void save(long coopId, ShiftRules rules, String by) {
        em.createNativeQuery("""
                INSERT INTO shift_rules (coop_id, max_minutes_per_day, max_minutes_per_week, min_rest_minutes, latest_end_minute, updated_by, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON DUPLICATE KEY UPDATE max_minutes_per_day = VALUES(max_minutes_per_day), max_minutes_per_week = VALUES(max_minutes_per_week),
                    min_rest_minutes = VALUES(min_rest_minutes), latest_end_minute = VALUES(latest_end_minute), updated_by = VALUES(updated_by),
                    updated_at = VALUES(updated_at)""")
                .setParameter(1, coopId).setParameter(2, rules.maxMinutesPerDay()).setParameter(3, rules.maxMinutesPerWeek())
                .setParameter(4, rules.minRestMinutes()).setParameter(5, rules.latestEndMinute()).setParameter(6, by)
                .setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
    }

    public List<Zone> zones(long coopId) {
        return em.createNamedQuery(Zone.OF_COOP, Zone.class).setParameter("coopId", coopId).getResultList();
    }

    public Zone zone(long coopId, long zoneId) {
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null || zone.coopId() != coopId) {
            throw ProblemException.invalidField("zoneId", "is not a zone of this cooperative");
        }
        return zone;
    }

    public Zone add(Zone zone) {
        if (zones(zone.coopId()).stream().anyMatch(z -> z.name().equals(zone.name()))) {
            throw ProblemException.conflict("zone-exists", "The zone \"" + zone.name() + "\" exists already.");
        }
        em.persist(zone);
        em.flush();
        return zone;
    }

    /** Publishes a shift with its empty places. */
    public Shift publish(Shift shift) {
        em.persist(shift);
        em.flush();
        for (int place = 1; place <= shift.ridersWanted(); place++) {
            em.createNativeQuery("INSERT INTO shift_place (shift_id, place_no, coop_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, shift.id()).setParameter(2, place).setParameter(3, shift.coopId()).executeUpdate();
        }
        return shift;
    }

    public Shift shift(long coopId, long shiftId, boolean lock) {
        Shift shift = em.find(Shift.class, shiftId);
        if (shift == null || shift.coopId() != coopId) {
            throw ProblemException.notFound("Shift " + shiftId);
        }
        if (lock) {
            em.lock(shift, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(shift);
        }
        return shift;
    }

    /** The cooperative's row, locked until the end of the transaction (publishing a week, allocating a window). */
    public void lockCooperative(long coopId) {
        em.createNativeQuery("SELECT id FROM cooperative WHERE id = ?1 FOR UPDATE").setParameter(1, coopId).getResultList();
    }

    /** The rider's row, locked until the end of the transaction: their places change one request at a time. */
    public void lockRider(long membershipId) {
        em.createNativeQuery("SELECT id FROM membership WHERE id = ?1 FOR UPDATE").setParameter(1, membershipId).getResultList();
    }

    /** Shifts starting in [from, to), with their places, by start. */
    public List<Row> between(long coopId, Instant from, Instant to, Long holder) {
        List<Shift> shifts = em.createQuery("SELECT s FROM Shift s WHERE s.coopId = :coopId AND s.startsAt >= :from AND s.startsAt < :to "
                        + "ORDER BY s.startsAt, s.id", Shift.class)
                .setParameter("coopId", coopId).setParameter("from", from).setParameter("to", to).getResultList();
        return rows(coopId, shifts, holder);
    }

    public Row row(long coopId, Shift shift) {
        return rows(coopId, List.of(shift), null).get(0);
    }

    private List<Row> rows(long coopId, List<Shift> shifts, Long holder) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        Map<Long, String> zones = new java.util.HashMap<>();
        zones(coopId).forEach(z -> zones.put(z.id(), z.name()));
        Map<Long, List<Place>> places = new LinkedHashMap<>();
        List<Long> ids = shifts.stream().map(Shift::id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.shift_id, p.place_no, p.membership_id, m.member_number, m.name, p.offered_at, p.urgent, p.offer_reason, p.how
                FROM shift_place p LEFT JOIN membership m ON m.id = p.membership_id
                WHERE p.coop_id = ?1 AND p.shift_id BETWEEN ?2 AND ?3 ORDER BY p.shift_id, p.place_no""")
                .setParameter(1, coopId).setParameter(2, ids.stream().min(Long::compare).orElseThrow())
                .setParameter(3, ids.stream().max(Long::compare).orElseThrow()).getResultList();
        for (Object[] r : rows) {
            places.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Place(((Number) r[1]).intValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                    r[5] != null, r[6] != null && (r[6] instanceof Boolean b ? b : ((Number) r[6]).intValue() != 0), (String) r[7],
                    instant(r[5]), (String) r[8]));
        }
        return shifts.stream().map(s -> new Row(s, zones.get(s.zoneId()), places.getOrDefault(s.id(), List.of())))
                .filter(row -> holder == null || row.places().stream().anyMatch(p -> holder.equals(p.membershipId()))).toList();
    }

    /** The spans of the shifts a rider holds (not cancelled) that start in [from, to). */
    public List<Interval> held(long membershipId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.starts_at, s.ends_at, s.id FROM shift_place p JOIN shift s ON s.id = p.shift_id
                WHERE p.membership_id = ?1 AND s.cancelled_at IS NULL AND s.starts_at >= ?2 AND s.starts_at < ?3""")
                .setParameter(1, membershipId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        return rows.stream().map(r -> new Interval(instant(r[0]), instant(r[1]))).toList();
    }

    /** What the rules must see of a rider's other shifts for a candidate: its week, and a day around it. */
    public List<Interval> heldAround(long membershipId, Interval candidate) {
        Instant weekStart = candidate.weekOf().atStartOfDay(KoreanCalendar.ZONE).toInstant();
        Instant from = min(weekStart, candidate.start()).minus(java.time.Duration.ofDays(1));
        Instant to = max(weekStart.plus(java.time.Duration.ofDays(7)), candidate.end()).plus(java.time.Duration.ofDays(1));
        return held(membershipId, from, to);
    }

    /** Whether the rider holds a place of the shift. */
    public Optional<Integer> placeOf(long shiftId, long membershipId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT place_no FROM shift_place WHERE shift_id = ?1 AND membership_id = ?2")
                .setParameter(1, shiftId).setParameter(2, membershipId).getResultList();
        return rows.stream().findFirst().map(Number::intValue);
    }

    /** The previous holder of the place the claimer took (null for an open place). */
    public record Taken(int placeNo, Long from) {
    }

    /**
     * A rider takes a place of the shift: an open one, else the oldest offer of another rider. Call with the rider and
     * the shift locked, after the rules.
     */
    public Taken take(Shift shift, long membershipId, String how, Instant now) {
        int updated = em.createNativeQuery("""
                UPDATE shift_place SET membership_id = ?2, held_since = ?3, how = ?4
                WHERE shift_id = ?1 AND membership_id IS NULL ORDER BY place_no LIMIT 1""")
                .setParameter(1, shift.id()).setParameter(2, membershipId).setParameter(3, Timestamp.from(now)).setParameter(4, how)
                .executeUpdate();
        if (updated == 1) {
            return new Taken(placeOf(shift.id(), membershipId).orElseThrow(), null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> offers = em.createNativeQuery("""
                SELECT place_no, membership_id FROM shift_place WHERE shift_id = ?1 AND offered_at IS NOT NULL AND membership_id <> ?2
                ORDER BY offered_at, place_no""").setParameter(1, shift.id()).setParameter(2, membershipId).getResultList();
        for (Object[] offer : offers) {
            int placeNo = ((Number) offer[0]).intValue();
            long holder = ((Number) offer[1]).longValue();
            if (move(shift.id(), placeNo, holder, membershipId, "POOL", now)) {
                return new Taken(placeNo, holder);
            }
        }
        throw ProblemException.conflict("shift-full", "Every place of this shift is taken and none is offered.");
    }

    /** Moves a place from one rider to another (a pool claim or a swap); false if the place changed meanwhile. */
    public boolean move(long shiftId, int placeNo, long from, long to, String how, Instant now) {
        return em.createNativeQuery("""
                UPDATE shift_place SET membership_id = ?4, held_since = ?5, how = ?6, offered_at = NULL, urgent = FALSE, offer_reason = NULL
                WHERE shift_id = ?1 AND place_no = ?2 AND membership_id = ?3""")
                .setParameter(1, shiftId).setParameter(2, placeNo).setParameter(3, from).setParameter(4, to).setParameter(5, Timestamp.from(now))
                .setParameter(6, how).executeUpdate() == 1;
    }

    /** The holder offers their place to the pool (they keep it until someone claims it), or takes the offer back. */
    public void offer(long shiftId, long membershipId, boolean offered, boolean urgent, String reason, Instant now) {
        int updated = em.createNativeQuery("""
                UPDATE shift_place SET offered_at = ?3, urgent = ?4, offer_reason = ?5 WHERE shift_id = ?1 AND membership_id = ?2""")
                .setParameter(1, shiftId).setParameter(2, membershipId).setParameter(3, offered ? Timestamp.from(now) : null)
                .setParameter(4, offered && urgent).setParameter(5, offered ? reason : null).executeUpdate();
        if (updated == 0) {
            throw ProblemException.conflict("not-on-shift", "You hold no place of this shift.");
        }
    }

    /** The board frees a rider's place. */
    public void free(long shiftId, long membershipId) {
        int updated = em.createNativeQuery("""
                UPDATE shift_place SET membership_id = NULL, held_since = NULL, how = NULL, offered_at = NULL, urgent = FALSE, offer_reason = NULL
                WHERE shift_id = ?1 AND membership_id = ?2""").setParameter(1, shiftId).setParameter(2, membershipId).executeUpdate();
        if (updated == 0) {
            throw ProblemException.conflict("not-on-shift", "That member holds no place of this shift.");
        }
    }

    /** The riders holding places of a shift. */
    public List<Long> holders(long shiftId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT membership_id FROM shift_place WHERE shift_id = ?1 AND membership_id IS NOT NULL")
                .setParameter(1, shiftId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** A place offered to the pool. */
    public record Pooled(long shiftId, String zone, Instant startsAt, Instant endsAt, int placeNo, long membershipId, String name, boolean urgent,
                         String reason, Instant offeredAt) {
    }

    /** The offers of shifts that have not begun, urgent first, then by start. */
    public List<Pooled> pool(long coopId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, z.name, s.starts_at, s.ends_at, p.place_no, p.membership_id, m.name, p.urgent, p.offer_reason, p.offered_at
                FROM shift_place p JOIN shift s ON s.id = p.shift_id JOIN zone z ON z.id = s.zone_id JOIN membership m ON m.id = p.membership_id
                WHERE p.coop_id = ?1 AND p.offered_at IS NOT NULL AND s.cancelled_at IS NULL AND s.starts_at > ?2
                ORDER BY p.urgent DESC, s.starts_at, p.offered_at""").setParameter(1, coopId).setParameter(2, Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new Pooled(((Number) r[0]).longValue(), (String) r[1], instant(r[2]), instant(r[3]), ((Number) r[4]).intValue(),
                ((Number) r[5]).longValue(), (String) r[6], r[7] instanceof Boolean b ? b : ((Number) r[7]).intValue() != 0, (String) r[8],
                instant(r[9]))).toList();
    }

    /** A current member of the cooperative, or 400 naming the field. */
    public void requireMember(long coopId, long membershipId, String field) {
        if (em.createNativeQuery("SELECT 1 FROM membership WHERE id = ?1 AND coop_id = ?2 AND status IN ('ACTIVE', 'WITHDRAWING')")
                .setParameter(1, membershipId).setParameter(2, coopId).getResultList().isEmpty()) {
            throw ProblemException.invalidField(field, "is not a current member of this cooperative");
        }
    }

    public String nameOf(long membershipId) {
        return (String) em.createNativeQuery("SELECT name FROM membership WHERE id = ?1").setParameter(1, membershipId).getSingleResult();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(KoreanCalendar.ZONE).toInstant();
    }

    static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : (Instant) value;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
