package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.entity.Shift;
import org.ridercoop.shifts.entity.ShiftRules;

/** The cooperative's usual week of shifts, and publishing a week from it. */
@ApplicationScoped
public class ShiftTemplates {
    /** A slot of the usual week: minutes after midnight of its day. */
    public record Slot(long zoneId, DayOfWeek dayOfWeek, int startMinute, int endMinute, int ridersWanted) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    Shifts shifts;
    @Inject
    AuditTrail audit;

    public List<Slot> of(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT zone_id, day_of_week, start_minute, end_minute, riders_wanted FROM shift_template_slot WHERE coop_id = ?1
                ORDER BY day_of_week, start_minute, zone_id, id""").setParameter(1, coopId).getResultList();
        return rows.stream().map(r -> new Slot(((Number) r[0]).longValue(), DayOfWeek.of(((Number) r[1]).intValue()), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    /** Replaces the template; every slot must fit the rules' latest end. */
    public void replace(long coopId, List<Slot> slots, String by) {
        ShiftRules rules = shifts.rules(coopId);
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            shifts.zone(coopId, slot.zoneId());
            if (slot.endMinute() <= slot.startMinute() || slot.endMinute() - slot.startMinute() > 16 * 60) {
                throw ProblemException.invalidField("slots[" + i + "].end", "after the start, at most 16 hours later");
            }
            if (slot.endMinute() > rules.latestEndMinute()) {
                throw ProblemException.ruleViolated("rule-latest-end", "Slot " + (i + 1) + " ends after the cooperative's latest end.");
            }
        }
        List<Slot> before = of(coopId);
        em.createNativeQuery("DELETE FROM shift_template_slot WHERE coop_id = ?1").setParameter(1, coopId).executeUpdate();
        for (Slot slot : slots) {
            em.createNativeQuery("""
                    INSERT INTO shift_template_slot (coop_id, zone_id, day_of_week, start_minute, end_minute, riders_wanted)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, coopId).setParameter(2, slot.zoneId()).setParameter(3, slot.dayOfWeek().getValue())
                    .setParameter(4, slot.startMinute()).setParameter(5, slot.endMinute()).setParameter(6, slot.ridersWanted()).executeUpdate();
        }
        audit.record(coopId, "shift.template-set", "cooperative", coopId, Map.of("slots", before.size()), Map.of("slots", slots.size(), "by", by));
    }

    /** Publishes the week starting on the Monday {@code weekOf} from the template, once. */
    public List<Shift> publishWeek(long coopId, LocalDate weekOf, String by) {
        if (weekOf.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ProblemException.invalidField("weekOf", "is a Monday");
        }
        shifts.lockCooperative(coopId);
        if (!em.createNativeQuery("SELECT 1 FROM shift WHERE coop_id = ?1 AND template_week = ?2").setParameter(1, coopId)
                .setParameter(2, Date.valueOf(weekOf)).setMaxResults(1).getResultList().isEmpty()) {
            throw ProblemException.conflict("week-published", "The week of " + weekOf + " was published from the template already.");
        }
        List<Slot> slots = of(coopId);
        if (slots.isEmpty()) {
            throw ProblemException.ruleViolated("template-empty", "The weekly template has no slots yet.");
        }
        ShiftRules rules = shifts.rules(coopId);
        Instant now = Instant.now();
        List<Shift> created = new ArrayList<>();
        for (Slot slot : slots) {
            LocalDate day = weekOf.plusDays(slot.dayOfWeek().getValue() - 1L);
            Instant start = day.atStartOfDay(KoreanCalendar.ZONE).plusMinutes(slot.startMinute()).toInstant();
            Instant end = day.atStartOfDay(KoreanCalendar.ZONE).plusMinutes(slot.endMinute()).toInstant();
            if (!start.isAfter(now)) {
                continue;
            }
            created.add(shifts.publish(new Shift(coopId, slot.zoneId(), start, end, slot.ridersWanted(), null, weekOf, rules, by, now)));
        }
        audit.record(coopId, "shift.week-published", "cooperative", coopId, null, Map.of("weekOf", weekOf.toString(), "shifts", created.size()));
        return created;
    }
}
