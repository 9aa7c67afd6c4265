package org.ridercoop.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The notice of a meeting (§28) to each member on its roll: in the app (seen when the member first opens the
 * meeting) and by e-mail. The e-mail side is a queue in the database, so that a notice is sent once even with
 * several instances of the application: a sender claims a row with a conditional update, then records the outcome.
 */
@ApplicationScoped
public class Notices {
    /** How long a claimed e-mail belongs to its sender before another may try again. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** Failed e-mails are retried this many times in all, a few minutes apart; then the board may resend them. */
    static final int MAX_ATTEMPTS = 3;

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /** One member's notice, as the board sees it. */
    public record Delivery(long membershipId, Integer memberNumber, String name, String email, String emailStatus,
                           Instant emailSentAt, int emailAttempts, String emailError, Instant seenInAppAt) {
    }

    /** An e-mail to send. */
    public record Pending(long meetingId, long membershipId, String email) {
    }

    /** Within the call's transaction: a notice for every member on the meeting's roll. */
    public int queue(long meetingId) {
        return em.createNativeQuery("""
                INSERT INTO meeting_notice (meeting_id, membership_id, email, email_status)
                SELECT r.meeting_id, m.id, NULLIF(TRIM(m.email), ''), IF(NULLIF(TRIM(m.email), '') IS NULL, 'NO_ADDRESS', 'QUEUED')
                FROM voter_roll r JOIN membership m ON m.id = r.membership_id WHERE r.meeting_id = ?1""")
                .setParameter(1, meetingId).executeUpdate();
    }

    /** The member opened the meeting in the app: the first time is when the notice reached them there. */
    @Transactional
    public void seen(long meetingId, long membershipId) {
        em.createNativeQuery("UPDATE meeting_notice SET seen_in_app_at = ?3 WHERE meeting_id = ?1 AND membership_id = ?2 AND seen_in_app_at IS NULL")
                .setParameter(1, meetingId).setParameter(2, membershipId).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
    }

    public List<Delivery> of(long meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.membership_id, m.member_number, m.name, n.email, n.email_status, n.email_sent_at, n.email_attempts,
                       n.email_error, n.seen_in_app_at
                FROM meeting_notice n JOIN membership m ON m.id = n.membership_id WHERE n.meeting_id = ?1
                ORDER BY m.member_number, m.id""").setParameter(1, meetingId).getResultList();
        return rows.stream().map(r -> new Delivery(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4], instant(r[5]), ((Number) r[6]).intValue(), (String) r[7], instant(r[8]))).toList();
    }

    /** The board sends the failed e-mails again; they are queued afresh. */
    public int requeueFailed(long meetingId) {
        return em.createNativeQuery("""
                UPDATE meeting_notice SET email_status = 'QUEUED', email_attempts = 0, claimed_until = NULL
                WHERE meeting_id = ?1 AND email_status = 'FAILED'""").setParameter(1, meetingId).executeUpdate();
    }

    /** E-mails that may be sent now: queued and unclaimed (or their claim lapsed), or failed and due for a retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> due(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT meeting_id, membership_id, email FROM meeting_notice
                WHERE email_status IN ('QUEUED', 'FAILED') AND email_attempts < ?1 AND (claimed_until IS NULL OR claimed_until < ?2)
                ORDER BY meeting_id, membership_id LIMIT ?3""")
                .setParameter(1, MAX_ATTEMPTS).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Pending(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2])).toList();
    }

    /** Takes an e-mail for this sender; false if another sender has it (or it was sent meanwhile). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Pending pending) {
        Instant now = Instant.now();
        return em.createNativeQuery("""
                UPDATE meeting_notice SET claimed_until = ?3, email_attempts = email_attempts + 1
                WHERE meeting_id = ?1 AND membership_id = ?2 AND email_status IN ('QUEUED', 'FAILED') AND email_attempts < ?5
                  AND (claimed_until IS NULL OR claimed_until < ?4)""")
                .setParameter(1, pending.meetingId()).setParameter(2, pending.membershipId()).setParameter(3, Timestamp.from(now.plus(CLAIM)))
                .setParameter(4, Timestamp.from(now)).setParameter(5, MAX_ATTEMPTS).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Pending pending) {
        em.createNativeQuery("""
                UPDATE meeting_notice SET email_status = 'SENT', email_sent_at = ?3, email_error = NULL, claimed_until = NULL
                WHERE meeting_id = ?1 AND membership_id = ?2""")
                .setParameter(1, pending.meetingId()).setParameter(2, pending.membershipId()).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The server refused or could not be reached: retried after a pause that grows with the attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Pending pending, String error) {
        em.createNativeQuery("""
                UPDATE meeting_notice SET email_status = 'FAILED', email_error = ?3,
                       claimed_until = TIMESTAMPADD(MINUTE, email_attempts, ?4)
                WHERE meeting_id = ?1 AND membership_id = ?2""")
                .setParameter(1, pending.meetingId()).setParameter(2, pending.membershipId())
                .setParameter(3, error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : (Instant) value;
    }
}
