package org.ridercoop.dues.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ridercoop.dues.entity.DuesAccount;
import org.ridercoop.platform.mail.Mail;
import org.ridercoop.platform.mail.MailQueue;
import org.ridercoop.platform.mail.Mailer;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Reminders of unpaid dues by e-mail. The board sets the points: on a day of the month, every current member whose
 * months in arrears equal one of the set numbers gets one reminder, at most one per member and month (the key on
 * (member, month) stands behind it). The e-mails wait in a table and are sent like the meeting notices: claimed by
 * one sender, retried after a failure. A reminder only informs: nothing about the membership changes.
 */
@ApplicationScoped
public class DuesReminders implements MailQueue<DuesReminders.Pending> {
    /** Until the board sets them: at one, two and three months in arrears, on the 10th. */
    public static final Settings DEFAULT = new Settings(List.of(1, 2, 3), 10);
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 3;

    /** When reminders go out. An empty list: none. */
    public record Settings(List<Integer> monthsInArrears, int dayOfMonth) {
        String stored() {
            return monthsInArrears.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        }

        static Settings parse(String months, int day) {
            return new Settings(months.isBlank() ? List.of() : Arrays.stream(months.split(",")).map(Integer::valueOf).toList(), day);
        }
    }

    /** A reminder as the board sees it. */
    public record Sent(long membershipId, Integer memberNumber, String name, YearMonth month, int monthsInArrears, long unpaidWon,
                       String email, String emailStatus, Instant emailSentAt, String emailError) {
    }

    /** A reminder to send. */
    public record Pending(long id, long coopId, String email) {
    }

    /** Fired, within its transaction, when reminders were queued: they are sent once that commits. */
    public record Queued(long coopId) {
    }

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    Dues dues;
    @Inject
    Mailer mailer;
    /** This bean through its proxy: the queue's steps each run in their own transaction. */
    @Inject
    DuesReminders self;
    @Inject
    AuditTrail audit;
    @Inject
    Event<Queued> queued;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "coop.web.url", defaultValue = "http://localhost:8080")
    String webUrl;

    public Settings settings(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT months_in_arrears, day_of_month FROM dues_reminder_setting WHERE coop_id = ?1")
                .setParameter(1, coopId).getResultList();
        return rows.isEmpty() ? DEFAULT : Settings.parse((String) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue());
    }

    public void save(long coopId, Settings settings, String by) {
        em.createNativeQuery("""
                INSERT INTO dues_reminder_setting (coop_id, months_in_arrears, day_of_month, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE months_in_arrears = VALUES(months_in_arrears), day_of_month = VALUES(day_of_month),
                                        updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, coopId).setParameter(2, settings.stored()).setParameter(3, settings.dayOfMonth()).setParameter(4, by)
                .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
    }

    /**
     * This month's reminders of the cooperative, in the caller's transaction: queued under the cooperative's lock,
     * recorded in the audit trail, sent once the transaction commits. Returns how many were queued.
     */
    public int run(long coopId, String by) {
        dues.lockCooperative(coopId);
        int count = queue(coopId, KoreanCalendar.today(), by);
        if (count > 0) {
            audit.record(coopId, "dues.reminded", "cooperative", coopId, null, Map.of("queued", count));
            queued.fire(new Queued(coopId));
        }
        return count;
    }

    /**
     * Queues this month's reminders: current members whose months in arrears are one of the set points and who
     * were not reminded this month yet. Call under the cooperative's lock. Returns how many were queued.
     */
    public int queue(long coopId, LocalDate today, String by) {
        Set<Integer> points = Set.copyOf(settings(coopId).monthsInArrears());
        if (points.isEmpty()) {
            return 0;
        }
        Date month = Date.valueOf(YearMonth.from(today).atDay(1));
        int queued = 0;
        for (Map.Entry<Long, Dues.Ledger> entry : dues.ledgers(coopId).entrySet()) {
            DuesAccount account = entry.getValue().account(today);
            if (!points.contains(account.monthsInArrears())) {
                continue;
            }
            queued += em.createNativeQuery("""
                    INSERT INTO dues_reminder (coop_id, membership_id, month, months_in_arrears, unpaid_won, email, email_status, created_by, created_at)
                    SELECT m.coop_id, m.id, ?2, ?3, ?4, NULLIF(TRIM(m.email), ''), IF(NULLIF(TRIM(m.email), '') IS NULL, 'NO_ADDRESS', 'QUEUED'), ?5, ?6
                    FROM membership m WHERE m.id = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING')
                      AND NOT EXISTS (SELECT 1 FROM dues_reminder r WHERE r.membership_id = m.id AND r.month = ?2)""")
                    .setParameter(1, entry.getKey()).setParameter(2, month).setParameter(3, account.monthsInArrears())
                    .setParameter(4, account.unpaid()).setParameter(5, by).setParameter(6, Timestamp.from(Instant.now())).executeUpdate();
        }
        return queued;
    }

    /** The reminders of the last twelve months, newest first. */
    public List<Sent> sent(long coopId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.membership_id, m.member_number, m.name, r.month, r.months_in_arrears, r.unpaid_won, r.email, r.email_status,
                       r.email_sent_at, r.email_error
                FROM dues_reminder r JOIN membership m ON m.id = r.membership_id
                WHERE r.coop_id = ?1 AND r.month >= ?2 ORDER BY r.month DESC, m.member_number, r.id""")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(YearMonth.from(today).minusMonths(11).atDay(1))).getResultList();
        return rows.stream().map(r -> new Sent(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2],
                YearMonth.from(((Date) r[3]).toLocalDate()), ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), (String) r[6],
                (String) r[7], r[8] == null ? null : ((Timestamp) r[8]).toInstant(), (String) r[9])).toList();
    }

    void afterQueue(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        executor.execute(() -> mailer.drain(self));
    }

    @Override
    public String name() {
        return "dues reminder";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> due(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, coop_id, email FROM dues_reminder
                WHERE email_status IN ('QUEUED', 'FAILED') AND email_attempts < ?1 AND (claimed_until IS NULL OR claimed_until < ?2)
                ORDER BY id LIMIT ?3""")
                .setParameter(1, MAX_ATTEMPTS).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Pending(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2])).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Pending pending) {
        Instant now = Instant.now();
        return em.createNativeQuery("""
                UPDATE dues_reminder SET claimed_until = ?2, email_attempts = email_attempts + 1
                WHERE id = ?1 AND email_status IN ('QUEUED', 'FAILED') AND email_attempts < ?4 AND (claimed_until IS NULL OR claimed_until < ?3)""")
                .setParameter(1, pending.id()).setParameter(2, Timestamp.from(now.plus(CLAIM))).setParameter(3, Timestamp.from(now))
                .setParameter(4, MAX_ATTEMPTS).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Pending pending) {
        em.createNativeQuery("UPDATE dues_reminder SET email_status = 'SENT', email_sent_at = ?2, email_error = NULL, claimed_until = NULL WHERE id = ?1")
                .setParameter(1, pending.id()).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Pending pending, String error) {
        em.createNativeQuery("""
                UPDATE dues_reminder SET email_status = 'FAILED', email_error = ?2, claimed_until = TIMESTAMPADD(MINUTE, email_attempts, ?3)
                WHERE id = ?1""")
                .setParameter(1, pending.id()).setParameter(2, error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
    }

    /** The reminder's text, Korean then English: how much, since how many months, where to see the account. */
    @Override
    public Function<Pending, Mail> composer() {
        Map<Long, String> coopNames = new HashMap<>();
        NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
        return pending -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    SELECT m.name, m.member_number, r.months_in_arrears, r.unpaid_won, r.month, r.membership_id
                    FROM dues_reminder r JOIN membership m ON m.id = r.membership_id WHERE r.id = ?1""")
                    .setParameter(1, pending.id()).getSingleResult();
            String coop = coopNames.computeIfAbsent(pending.coopId(), id -> (String) em.createNativeQuery(
                    "SELECT name_ko FROM cooperative WHERE id = ?1").setParameter(1, id).getSingleResult());
            String name = (String) r[0];
            int months = ((Number) r[2]).intValue();
            String unpaid = won.format(((Number) r[3]).longValue());
            String link = webUrl + "/my-dues.xhtml?coop=" + pending.coopId();
            String body = name + " 조합원님,\n\n" + coop + "의 회비가 " + months + "개월째 미납되어 안내드립니다.\n"
                    + "미납 회비: " + unpaid + "원\n\n"
                    + "조합에 납부하시고, 내 회비 내역은 여기에서 보실 수 있습니다: " + link + "\n"
                    + "이미 납부하셨다면 이 안내는 무시하셔도 됩니다. 사정이 있으시면 이사회에 알려 주세요.\n\n---\n"
                    + "Dear " + name + ",\n\nYour dues to " + coop + " have been unpaid for " + months + (months == 1 ? " month" : " months")
                    + ".\nUnpaid: " + unpaid + " won\n\nYour dues account: " + link + "\n"
                    + "If you have paid already, please ignore this reminder. If something keeps you from paying, tell the board.\n";
            return new Mail(pending.email(), "[" + coop + "] 회비 납부 안내 (" + months + "개월 미납) / Dues reminder", body);
        };
    }
}
