package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** What riders are told in the app when their shifts change: a place claimed, a swap asked or decided, a shift cancelled. */
@ApplicationScoped
public class RiderNotifications {
    public enum Kind { CLAIMED, SWAP_PROPOSED, SWAP_ACCEPTED, SWAP_DECLINED, REMOVED, CANCELLED, ALLOCATED, RECORD_DECIDED }

    /** A notification. */
    public record Notification(long id, Kind kind, String textKo, String textEn, Long shiftId, Instant createdAt, Instant readAt) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    public void tell(long coopId, long membershipId, Kind kind, String textKo, String textEn, Long shiftId) {
        em.createNativeQuery("""
                INSERT INTO rider_notification (coop_id, membership_id, kind, text_ko, text_en, shift_id, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, coopId).setParameter(2, membershipId).setParameter(3, kind.name()).setParameter(4, cut(textKo))
                .setParameter(5, cut(textEn)).setParameter(6, shiftId).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
    }

    public List<Notification> of(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, kind, text_ko, text_en, shift_id, created_at, read_at FROM rider_notification WHERE membership_id = ?1
                ORDER BY created_at DESC, id DESC LIMIT 50""").setParameter(1, membershipId).getResultList();
        return rows.stream().map(r -> new Notification(((Number) r[0]).longValue(), Kind.valueOf((String) r[1]), (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), Shifts.instant(r[5]), Shifts.instant(r[6]))).toList();
    }

    public int markRead(long membershipId) {
        return em.createNativeQuery("UPDATE rider_notification SET read_at = ?2 WHERE membership_id = ?1 AND read_at IS NULL")
                .setParameter(1, membershipId).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
    }

    private static String cut(String text) {
        return text.length() > 400 ? text.substring(0, 399) + "…" : text;
    }
}
