package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.Shift;
import org.ridercoop.shifts.entity.ShiftRules;
import org.ridercoop.shifts.entity.ShiftSwap;

/**
 * The riders' use cases on places: claim (an open place, else from the pool), offer and take back, the board's
 * removal and cancellation, and swaps. Each runs in the caller's transaction, checks the cooperative's rules for
 * the rider who would take a shift, audits the change and tells the riders concerned.
 */
@ApplicationScoped
public class ShiftPool {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    Shifts shifts;
    @Inject
    RiderNotifications notifications;
    @Inject
    AuditTrail audit;

    /**
     * The rider takes a place of the shift.
     *
     * @param self whether the rider asks for themself (the answers then say "You")
     */
    public Shifts.Taken claim(long coopId, long shiftId, long membershipId, boolean self, String by) {
        Instant now = Instant.now();
        shifts.lockRider(membershipId);
        Shift shift = shifts.shift(coopId, shiftId, true);
        shift.requireOpen(now);
        if (shifts.placeOf(shiftId, membershipId).isPresent()) {
            throw ProblemException.conflict("already-on-shift", (self ? "You hold" : "That member holds") + " a place of this shift already.");
        }
        if (signupOpen(coopId, shift)) {
            throw ProblemException.conflict("signup-window-open", "The shifts of this week are being requested in a sign-up window; "
                    + "request this shift there, places are allocated fairly when it closes.");
        }
        ShiftRules rules = shifts.rules(coopId);
        rules.check(self ? "You" : shifts.nameOf(membershipId), shifts.heldAround(membershipId, shift.interval()), shift.interval());
        Shifts.Taken taken = shifts.take(shift, membershipId, by == null ? "CLAIM" : "BOARD", now);
        audit.record(coopId, taken.from() == null ? "shift.claimed" : "shift.claimed-from-pool", "shift", shiftId, 
                taken.from() == null ? null : Map.of("membershipId", taken.from(), "placeNo", taken.placeNo()),
                Map.of("membershipId", membershipId, "placeNo", taken.placeNo()));
        if (taken.from() != null) {
            String name = shifts.nameOf(membershipId);
            notifications.tell(coopId, taken.from(), RiderNotifications.Kind.CLAIMED,
                    name + "님이 내놓으신 근무(" + when(shift) + ")를 맡았습니다. 이제 그 근무는 내 근무가 아닙니다.",
                    name + " took the shift you offered (" + when(shift) + "). It is no longer yours.", shiftId);
        }
        return taken;
    }

    public void offer(long coopId, long shiftId, long membershipId, boolean offered, boolean urgent, String reason) {
        Instant now = Instant.now();
        shifts.lockRider(membershipId);
        Shift shift = shifts.shift(coopId, shiftId, true);
        shift.requireOpen(now);
        shifts.offer(shiftId, membershipId, offered, urgent, reason, now);
        audit.record(coopId, offered ? (urgent ? "shift.cover-asked" : "shift.offered") : "shift.offer-withdrawn", "shift", shiftId, null,
                Map.of("membershipId", membershipId, "urgent", offered && urgent));
    }

    public void remove(long coopId, long shiftId, long membershipId, String reason) {
        shifts.lockRider(membershipId);
        Shift shift = shifts.shift(coopId, shiftId, true);
        shifts.free(shiftId, membershipId);
        audit.record(coopId, "shift.removed", "shift", shiftId, Map.of("membershipId", membershipId), Map.of("reason", reason == null ? "" : reason));
        notifications.tell(coopId, membershipId, RiderNotifications.Kind.REMOVED,
                "이사회가 근무(" + when(shift) + ")에서 배정을 해제했습니다" + (reason == null ? "." : ": " + reason),
                "The board took you off the shift (" + when(shift) + ")" + (reason == null ? "." : ": " + reason), shiftId);
    }

    public Shift cancel(long coopId, long shiftId, String reason) {
        Shift shift = shifts.shift(coopId, shiftId, true);
        shift.cancel(reason, Instant.now());
        em.flush();
        audit.record(coopId, "shift.cancelled", "shift", shiftId, null, Map.of("reason", reason == null ? "" : reason));
        for (long holder : shifts.holders(shiftId)) {
            notifications.tell(coopId, holder, RiderNotifications.Kind.CANCELLED,
                    "근무(" + when(shift) + ")가 취소되었습니다" + (reason == null ? "." : ": " + reason),
                    "The shift (" + when(shift) + ") was cancelled" + (reason == null ? "." : ": " + reason), shiftId);
        }
        return shift;
    }

    public ShiftSwap propose(long coopId, long membershipId, long myShiftId, long theirShiftId, long withMembershipId) {
        Instant now = Instant.now();
        Shift mine = shifts.shift(coopId, myShiftId, false);
        Shift theirs = shifts.shift(coopId, theirShiftId, false);
        mine.requireOpen(now);
        theirs.requireOpen(now);
        shifts.requireMember(coopId, withMembershipId, "withMembershipId");
        if (shifts.placeOf(myShiftId, membershipId).isEmpty()) {
            throw ProblemException.invalidField("myShiftId", "is not a shift you hold");
        }
        if (shifts.placeOf(theirShiftId, withMembershipId).isEmpty()) {
            throw ProblemException.invalidField("theirShiftId", "is not a shift that rider holds");
        }
        ShiftSwap swap = new ShiftSwap(coopId, membershipId, myShiftId, withMembershipId, theirShiftId, now);
        em.persist(swap);
        em.flush();
        audit.record(coopId, "shift.swap-proposed", "shift_swap", swap.id(), null, Map.of("from", membershipId, "to", withMembershipId,
                "fromShift", myShiftId, "toShift", theirShiftId));
        String name = shifts.nameOf(membershipId);
        notifications.tell(coopId, withMembershipId, RiderNotifications.Kind.SWAP_PROPOSED,
                name + "님이 근무 교환을 요청했습니다: 내 근무 " + when(theirs) + " ↔ " + when(mine),
                name + " asks to swap: your shift " + when(theirs) + " for theirs " + when(mine), theirShiftId);
        return swap;
    }

    public ShiftSwap swap(long coopId, long swapId) {
        ShiftSwap swap = em.find(ShiftSwap.class, swapId);
        if (swap == null || swap.coopId() != coopId) {
            throw ProblemException.notFound("Swap " + swapId);
        }
        return swap;
    }

    /** The rider asked accepts (the places change hands, the rules checked for both) or declines. */
    public ShiftSwap decide(long coopId, long swapId, long membershipId, boolean accept) {
        Instant now = Instant.now();
        ShiftSwap swap = swap(coopId, swapId);
        if (accept) {
            long a = Math.min(swap.fromMembershipId(), swap.toMembershipId());
            shifts.lockRider(a);
            shifts.lockRider(a == swap.fromMembershipId() ? swap.toMembershipId() : swap.fromMembershipId());
            em.lock(swap, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(swap);
            long first = Math.min(swap.fromShiftId(), swap.toShiftId());
            Shift one = shifts.shift(coopId, first, true);
            Shift other = shifts.shift(coopId, first == swap.fromShiftId() ? swap.toShiftId() : swap.fromShiftId(), true);
            Shift given = one.id() == swap.fromShiftId() ? one : other;
            Shift received = given == one ? other : one;
            swap.decide(membershipId, true, now);
            given.requireOpen(now);
            received.requireOpen(now);
            Integer fromPlace = shifts.placeOf(given.id(), swap.fromMembershipId()).orElseThrow(() -> stale());
            Integer toPlace = shifts.placeOf(received.id(), swap.toMembershipId()).orElseThrow(() -> stale());
            check(coopId, swap.fromMembershipId(), given, received);
            check(coopId, swap.toMembershipId(), received, given);
            if (!shifts.move(given.id(), fromPlace, swap.fromMembershipId(), swap.toMembershipId(), "SWAP", now)
                    || !shifts.move(received.id(), toPlace, swap.toMembershipId(), swap.fromMembershipId(), "SWAP", now)) {
                throw stale();
            }
            notifications.tell(coopId, swap.fromMembershipId(), RiderNotifications.Kind.SWAP_ACCEPTED,
                    shifts.nameOf(swap.toMembershipId()) + "님이 교환을 수락했습니다. 새 근무: " + when(received),
                    shifts.nameOf(swap.toMembershipId()) + " accepted the swap. Your shift now: " + when(received), received.id());
        } else {
            swap.decide(membershipId, false, now);
            notifications.tell(coopId, swap.fromMembershipId(), RiderNotifications.Kind.SWAP_DECLINED,
                    shifts.nameOf(swap.toMembershipId()) + "님이 근무 교환을 거절했습니다.",
                    shifts.nameOf(swap.toMembershipId()) + " declined the swap.", swap.fromShiftId());
        }
        em.flush();
        audit.record(coopId, accept ? "shift.swapped" : "shift.swap-declined", "shift_swap", swapId, null, Map.of("state", swap.state().name()));
        return swap;
    }

    public ShiftSwap withdraw(long coopId, long swapId, long membershipId) {
        ShiftSwap swap = swap(coopId, swapId);
        swap.cancel(membershipId, Instant.now());
        em.flush();
        audit.record(coopId, "shift.swap-cancelled", "shift_swap", swapId, null, Map.of("state", swap.state().name()));
        return swap;
    }

    /** The rider gives {@code away} and takes {@code in}: the rules for what they would hold then. */
    private void check(long coopId, long membershipId, Shift away, Shift in) {
        List<Interval> held = new ArrayList<>(shifts.heldAround(membershipId, in.interval()));
        held.remove(away.interval());
        shifts.rules(coopId).check(shifts.nameOf(membershipId), held, in.interval());
    }

    /** Whether an open sign-up window covers the shift's week. */
    public boolean signupOpen(long coopId, Shift shift) {
        return !em.createNativeQuery("SELECT 1 FROM signup_window WHERE coop_id = ?1 AND week_of = ?2 AND state = 'OPEN'")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(shift.interval().weekOf())).getResultList().isEmpty();
    }

    private static ProblemException stale() {
        return ProblemException.conflict("swap-stale", "One of the two riders no longer holds the shift of this swap.");
    }

    static String when(Shift shift) {
        return WHEN.format(shift.startsAt()) + "–" + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Seoul")).format(shift.endsAt());
    }
}
