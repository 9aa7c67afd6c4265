package org.ridercoop.shifts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.shifts.entity.ICalendar;

/**
 * A rider's calendar feed: a secret URL (only its hash is kept), one per rider; a new one revokes the old one.
 */
@ApplicationScoped
public class CalendarFeeds {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whose feed a secret opens. */
    public record Owner(long membershipId, long coopId, String name) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /** A new secret for the rider (the previous one stops working). */
    public String renew(long coopId, long membershipId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        em.createNativeQuery("""
                INSERT INTO calendar_feed (membership_id, coop_id, secret_hash, created_at) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE secret_hash = VALUES(secret_hash), created_at = VALUES(created_at)""")
                .setParameter(1, membershipId).setParameter(2, coopId).setParameter(3, Sha256.hex(secret)).setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
        return secret;
    }

    public boolean revoke(long membershipId) {
        return em.createNativeQuery("DELETE FROM calendar_feed WHERE membership_id = ?1").setParameter(1, membershipId).executeUpdate() == 1;
    }

    public Optional<Owner> owner(String secret) {
        if (!secret.matches("[0-9a-f]{48}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT f.membership_id, f.coop_id, m.name FROM calendar_feed f JOIN membership m ON m.id = f.membership_id
                WHERE f.secret_hash = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING')""").setParameter(1, Sha256.hex(secret)).getResultList();
        return rows.stream().findFirst().map(r -> new Owner(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]));
    }

    /** The rider's shifts from 30 days back, as calendar events. */
    public List<ICalendar.Event> events(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, z.name, s.starts_at, s.ends_at, p.offered_at, s.cancelled_at, s.note
                FROM shift_place p JOIN shift s ON s.id = p.shift_id JOIN zone z ON z.id = s.zone_id
                WHERE p.membership_id = ?1 AND s.starts_at >= ?2 ORDER BY s.starts_at""")
                .setParameter(1, membershipId).setParameter(2, Timestamp.from(Instant.now().minus(Duration.ofDays(30)))).getResultList();
        return rows.stream().map(r -> new ICalendar.Event(((Number) r[0]).longValue(), (String) r[1], Shifts.instant(r[2]), Shifts.instant(r[3]),
                r[4] != null, r[5] != null, (String) r[6])).toList();
    }
}
