package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.entity.Allocation;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.Shift;

/**
 * Sign-up windows: while one is open, riders request the week's shifts in their order of preference instead of
 * claiming them; when it closes, {@link Allocation} shares the places out and tells each rider why they got what
 * they got. Then what is left is first come, first served.
 */
@ApplicationScoped
public class SignupWindows {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A window as shown. */
    public record Window(long id, LocalDate weekOf, Instant closesAt, String state, String seed, int requests, int riders) {
    }

    /** A rider's request and, after the allocation, what came of it. */
    public record Request(long shiftId, int rank, String outcome, String whyEn, String whyKo) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    Shifts shifts;
    @Inject
    RiderNotifications notifications;
    @Inject
    AuditTrail audit;

    public Window open(long coopId, LocalDate weekOf, Instant closesAt, String by) {
        if (weekOf.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ProblemException.invalidField("weekOf", "is a Monday");
        }
        Instant weekStart = Shifts.startOf(weekOf);
        Instant now = Instant.now();
        if (!closesAt.isAfter(now) || !closesAt.isBefore(weekStart)) {
            throw ProblemException.invalidField("closesAt", "is after now and before the week begins");
        }
        shifts.lockCooperative(coopId);
        if (!em.createNativeQuery("SELECT 1 FROM signup_window WHERE coop_id = ?1 AND week_of = ?2").setParameter(1, coopId)
                .setParameter(2, Date.valueOf(weekOf)).getResultList().isEmpty()) {
            throw ProblemException.conflict("window-exists", "The week of " + weekOf + " has a sign-up window already.");
        }
        if (!em.createNativeQuery("""
                SELECT 1 FROM shift_place p JOIN shift s ON s.id = p.shift_id
                WHERE s.coop_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND p.membership_id IS NOT NULL LIMIT 1""")
                .setParameter(1, coopId).setParameter(2, Timestamp.from(weekStart)).setParameter(3, Timestamp.from(weekStart.plus(java.time.Duration.ofDays(7))))
                .getResultList().isEmpty()) {
            throw ProblemException.conflict("week-taken", "Riders have already taken shifts of that week; a sign-up window is opened before.");
        }
        em.createNativeQuery("""
                INSERT INTO signup_window (coop_id, week_of, closes_at, state, opened_by, opened_at) VALUES (?1, ?2, ?3, 'OPEN', ?4, ?5)""")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(weekOf)).setParameter(3, Timestamp.from(closesAt)).setParameter(4, by)
                .setParameter(5, Timestamp.from(now)).executeUpdate();
        Window window = all(coopId).stream().filter(w -> w.weekOf().equals(weekOf)).findFirst().orElseThrow();
        audit.record(coopId, "shift.signup-opened", "signup_window", window.id(), null, window);
        return window;
    }

    public List<Window> all(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT w.id, w.week_of, w.closes_at, w.state, w.seed,
                       (SELECT COUNT(*) FROM signup_request r WHERE r.window_id = w.id),
                       (SELECT COUNT(DISTINCT r.membership_id) FROM signup_request r WHERE r.window_id = w.id)
                FROM signup_window w WHERE w.coop_id = ?1 ORDER BY w.week_of DESC""").setParameter(1, coopId).getResultList();
        return rows.stream().map(r -> new Window(((Number) r[0]).longValue(), ((Date) r[1]).toLocalDate(), Shifts.instant(r[2]), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue())).toList();
    }

    public Window window(long coopId, long windowId) {
        return all(coopId).stream().filter(w -> w.id() == windowId).findFirst().orElseThrow(() -> ProblemException.notFound("Window " + windowId));
    }

    /** Replaces a rider's requests, best first; only shifts of the window's week, while it is open. */
    public List<Request> request(long coopId, long windowId, long membershipId, List<Long> shiftIds) {
        Window window = window(coopId, windowId);
        if (!"OPEN".equals(window.state()) || !window.closesAt().isAfter(Instant.now())) {
            throw ProblemException.conflict("window-closed", "This sign-up window is closed.");
        }
        if (shiftIds.stream().distinct().count() != shiftIds.size()) {
            throw ProblemException.invalidField("shiftIds", "each shift once");
        }
        for (int i = 0; i < shiftIds.size(); i++) {
            Shift shift = em.find(Shift.class, shiftIds.get(i));
            if (shift == null || shift.coopId() != coopId || shift.cancelled() || !shift.interval().weekOf().equals(window.weekOf())) {
                throw ProblemException.invalidField("shiftIds[" + i + "]", "is not a shift of the week of " + window.weekOf());
            }
        }
        shifts.lockRider(membershipId);
        em.createNativeQuery("DELETE FROM signup_request WHERE window_id = ?1 AND membership_id = ?2").setParameter(1, windowId)
                .setParameter(2, membershipId).executeUpdate();
        for (int i = 0; i < shiftIds.size(); i++) {
            em.createNativeQuery("INSERT INTO signup_request (window_id, membership_id, shift_id, preference) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, windowId).setParameter(2, membershipId).setParameter(3, shiftIds.get(i)).setParameter(4, i + 1).executeUpdate();
        }
        return requests(windowId, membershipId);
    }

    public List<Request> requests(long windowId, long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT shift_id, preference, outcome, why_en, why_ko FROM signup_request WHERE window_id = ?1 AND membership_id = ?2
                ORDER BY preference""").setParameter(1, windowId).setParameter(2, membershipId).getResultList();
        return rows.stream().map(r -> new Request(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    /** Allocates the window's requests, once; the riders are told. Returns how many places were granted. */
    public int allocate(long coopId, long windowId, String by) {
        shifts.lockCooperative(coopId);
        Window window = window(coopId, windowId);
        if (!"OPEN".equals(window.state())) {
            throw ProblemException.conflict("window-allocated", "This sign-up window was allocated already.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String seed = HexFormat.of().formatHex(bytes);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.membership_id, m.member_number, r.shift_id FROM signup_request r JOIN membership m ON m.id = r.membership_id
                WHERE r.window_id = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING') ORDER BY r.membership_id, r.preference""")
                .setParameter(1, windowId).getResultList();
        Map<Long, List<Long>> requests = new LinkedHashMap<>();
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        Map<Long, Allocation.Slot> slots = new java.util.HashMap<>();
        Instant now = Instant.now();
        for (Object[] r : rows) {
            long member = ((Number) r[0]).longValue();
            long shiftId = ((Number) r[2]).longValue();
            requests.computeIfAbsent(member, k -> new ArrayList<>()).add(shiftId);
            numbers.put(member, r[1] == null ? 0 : ((Number) r[1]).intValue());
            slots.computeIfAbsent(shiftId, id -> {
                Shift shift = shifts.shift(coopId, id, true);
                int open = shift.cancelled() || !shift.startsAt().isAfter(now) ? 0
                        : (int) shifts.row(coopId, shift).places().stream().filter(p -> p.membershipId() == null).count();
                return new Allocation.Slot(id, shift.interval(), open);
            });
        }
        Interval week = new Interval(Shifts.startOf(window.weekOf()), Shifts.startOf(window.weekOf().plusDays(7)));
        List<Allocation.Rider> riders = requests.entrySet().stream().map(e -> new Allocation.Rider(e.getKey(), numbers.get(e.getKey()),
                shifts.heldAround(e.getKey(), week), e.getValue())).toList();
        List<Allocation.Outcome> outcomes = Allocation.allocate(seed, riders, slots, shifts.rules(coopId));
        int granted = 0;
        for (Allocation.Outcome outcome : outcomes) {
            if ("GRANTED".equals(outcome.outcome())) {
                Shift shift = shifts.shift(coopId, outcome.shiftId(), false);
                shifts.take(shift, outcome.membershipId(), "SIGNUP", now);
                granted++;
            }
            em.createNativeQuery("UPDATE signup_request SET outcome = ?4, why_en = ?5, why_ko = ?6 WHERE window_id = ?1 AND membership_id = ?2 AND shift_id = ?3")
                    .setParameter(1, windowId).setParameter(2, outcome.membershipId()).setParameter(3, outcome.shiftId())
                    .setParameter(4, outcome.outcome()).setParameter(5, cut(outcome.whyEn())).setParameter(6, cut(outcome.whyKo())).executeUpdate();
        }
        em.createNativeQuery("UPDATE signup_request SET outcome = 'NOT_REACHED', why_en = 'the shift was cancelled or had begun', "
                + "why_ko = '취소되었거나 이미 시작된 근무' WHERE window_id = ?1 AND outcome IS NULL").setParameter(1, windowId).executeUpdate();
        em.createNativeQuery("UPDATE signup_window SET state = 'ALLOCATED', seed = ?2, allocated_at = ?3 WHERE id = ?1")
                .setParameter(1, windowId).setParameter(2, seed).setParameter(3, Timestamp.from(now)).executeUpdate();
        for (long member : requests.keySet()) {
            long got = outcomes.stream().filter(o -> o.membershipId() == member && "GRANTED".equals(o.outcome())).count();
            notifications.tell(coopId, member, RiderNotifications.Kind.ALLOCATED,
                    window.weekOf() + " 주 근무 배정 결과: 신청 " + requests.get(member).size() + "건 중 " + got + "건 배정. 이유는 신청 화면에서 볼 수 있습니다.",
                    "Shifts of the week of " + window.weekOf() + ": " + got + " of your " + requests.get(member).size()
                            + " requests granted. The sign-up page says why.", null);
        }
        audit.record(coopId, "shift.signup-allocated", "signup_window", windowId, null, Map.of("seed", seed, "granted", granted,
                "riders", requests.size()));
        return granted;
    }

    /** Windows whose closing time has passed and that are not allocated yet, for the scheduler. */
    public List<long[]> due(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT coop_id, id FROM signup_window WHERE state = 'OPEN' AND closes_at <= ?1")
                .setParameter(1, Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
    }

    static LocalDate today() {
        return KoreanCalendar.today();
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
