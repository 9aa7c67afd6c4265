package org.ridercoop.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ridercoop.dues.entity.DuesAccount;
import org.ridercoop.dues.entity.DuesAssignment;
import org.ridercoop.dues.entity.DuesPlan;
import org.ridercoop.platform.problem.ProblemException;

/** Plans, billing, payments and accounts of the cooperatives' dues. */
@ApplicationScoped
public class Dues {
    /**
     * One charge per current member for the month, at the plan in force on its first day: the member's own plan,
     * else the cooperative's standard plan; members already charged for the month are left out, and members without
     * any plan are not charged. A plan by work charges the previous month's confirmed deliveries or income (Korean
     * month, rounded down to the won). Runs hold the cooperative's row lock, so a second run, here or on another instance,
     * finds the charges of the first; the key on (member, month) stands behind it.
     */
    private static final String BILL = """
            INSERT INTO dues_charge (coop_id, membership_id, month, plan_id, amount_won, basis_quantity, created_at, created_by)
            SELECT x.coop_id, x.id, ?2, x.plan_id,
                   CASE x.kind WHEN 'PER_DELIVERY' THEN x.amount_won * x.deliveries
                               WHEN 'PERCENT_OF_INCOME' THEN FLOOR(x.income * x.rate_bp / 10000)
                               ELSE x.amount_won END,
                   CASE x.kind WHEN 'PER_DELIVERY' THEN x.deliveries WHEN 'PERCENT_OF_INCOME' THEN x.income END,
                   ?3, ?4
            FROM (SELECT m.coop_id, m.id, p.id AS plan_id, p.kind, p.amount_won, p.rate_bp,
                    (SELECT COALESCE(SUM(w.deliveries), 0) FROM work_record w WHERE w.membership_id = m.id AND w.status = 'CONFIRMED'
                       AND w.started_at >= ?5 AND w.started_at < ?6) AS deliveries,
                    (SELECT COALESCE(SUM(w.income_won), 0) FROM work_record w WHERE w.membership_id = m.id AND w.status = 'CONFIRMED'
                       AND w.started_at >= ?5 AND w.started_at < ?6) AS income
                  FROM membership m
                  JOIN dues_plan p ON p.id = COALESCE(
                      (SELECT a.plan_id FROM dues_assignment a WHERE a.membership_id = m.id AND a.starts_on <= ?2
                         AND (a.ends_on IS NULL OR a.ends_on >= ?2) ORDER BY a.starts_on DESC, a.id DESC LIMIT 1),
                      (SELECT s.id FROM dues_plan s WHERE s.coop_id = m.coop_id AND s.standard AND s.starts_on <= ?2
                         AND (s.ends_on IS NULL OR s.ends_on >= ?2) ORDER BY s.starts_on DESC, s.id DESC LIMIT 1))
                  WHERE m.coop_id = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING') AND m.joined_on <= LAST_DAY(?2)
                    AND NOT EXISTS (SELECT 1 FROM dues_charge c WHERE c.membership_id = m.id AND c.month = ?2)) x""";

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @jakarta.inject.Inject
    org.ridercoop.membership.control.Memberships memberships;

    public List<DuesPlan> plans(long coopId) {
        return em.createNamedQuery(DuesPlan.OF_COOP, DuesPlan.class).setParameter("coopId", coopId).getResultList();
    }

    public DuesPlan plan(long coopId, long planId, boolean lock) {
        DuesPlan plan = em.find(DuesPlan.class, planId);
        if (plan == null || plan.coopId() != coopId) {
            throw ProblemException.notFound("Plan " + planId);
        }
        if (lock) {
            em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        }
        return plan;
    }

    public DuesPlan add(DuesPlan plan) {
        em.persist(plan);
        em.flush();
        return plan;
    }

    /** Locks the cooperative's row (as every change of its members does): its plans and billing change one request at a time. */
    public void lockCooperative(long coopId) {
        memberships.lock(coopId);
    }

    public List<DuesAssignment> assignments(long membershipId) {
        return em.createNamedQuery(DuesAssignment.OF_MEMBER, DuesAssignment.class).setParameter("membershipId", membershipId).getResultList();
    }

    public DuesAssignment add(DuesAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    /** The plan a member pays on a day: their own, else the standard one; empty if the cooperative has none. */
    public Optional<DuesPlan> planOf(long coopId, long membershipId, LocalDate day) {
        Optional<DuesAssignment> own = assignments(membershipId).stream().filter(a -> a.inForce(day)).reduce((a, b) -> b);
        if (own.isPresent()) {
            return Optional.of(plan(coopId, own.get().planId(), false));
        }
        return plans(coopId).stream().filter(p -> p.standard() && p.inForce(day)).findFirst();
    }

    /**
     * Bills the month; returns how many charges were created now (0 when it was billed already). Call under the
     * cooperative's lock.
     */
    public int bill(long coopId, YearMonth month, String by) {
        java.time.ZoneId korea = org.ridercoop.platform.time.KoreanCalendar.ZONE;
        return em.createNativeQuery(BILL).setParameter(1, coopId).setParameter(2, Date.valueOf(month.atDay(1)))
                .setParameter(3, Timestamp.from(Instant.now())).setParameter(4, by)
                .setParameter(5, Timestamp.from(month.minusMonths(1).atDay(1).atStartOfDay(korea).toInstant()))
                .setParameter(6, Timestamp.from(month.atDay(1).atStartOfDay(korea).toInstant())).executeUpdate();
    }

    /** Charges of the month: how many, and their sum. */
    public long[] billed(long coopId, YearMonth month) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(amount_won), 0) FROM dues_charge WHERE coop_id = ?1 AND month = ?2")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(month.atDay(1))).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Current members who would not be charged: no plan of their own and no standard plan that month. */
    public long withoutPlan(long coopId, YearMonth month) {
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM membership m WHERE m.coop_id = ?1 AND m.status IN ('ACTIVE', 'WITHDRAWING')
                  AND m.joined_on <= LAST_DAY(?2)
                  AND NOT EXISTS (SELECT 1 FROM dues_charge c WHERE c.membership_id = m.id AND c.month = ?2)""")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(month.atDay(1))).getSingleResult()).longValue();
    }

    /** Records a payment in whole won; payments are only ever added, so concurrent ones lose nothing. */
    public long pay(long coopId, long membershipId, long amountWon, LocalDate paidOn, String method, String reference, String by) {
        em.createNativeQuery("""
                INSERT INTO dues_payment (coop_id, membership_id, amount_won, paid_on, method, reference, recorded_by, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, coopId).setParameter(2, membershipId).setParameter(3, amountWon).setParameter(4, Date.valueOf(paidOn))
                .setParameter(5, method).setParameter(6, reference).setParameter(7, by).setParameter(8, Timestamp.from(Instant.now()))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** Whether a line of a bank statement was imported before. */
    public boolean imported(long coopId, String importKey) {
        return !em.createNativeQuery("SELECT 1 FROM dues_payment WHERE coop_id = ?1 AND import_key = ?2").setParameter(1, coopId)
                .setParameter(2, importKey).getResultList().isEmpty();
    }

    /** Records a deposit of a bank statement as a payment by transfer; the key stands behind "once". */
    public void payImported(long coopId, long membershipId, long amountWon, LocalDate paidOn, String payer, String importKey, String by) {
        em.createNativeQuery("""
                INSERT INTO dues_payment (coop_id, membership_id, amount_won, paid_on, method, reference, import_key, recorded_by, recorded_at)
                VALUES (?1, ?2, ?3, ?4, 'TRANSFER', ?5, ?6, ?7, ?8)""")
                .setParameter(1, coopId).setParameter(2, membershipId).setParameter(3, amountWon).setParameter(4, Date.valueOf(paidOn))
                .setParameter(5, payer.length() > 200 ? payer.substring(0, 200) : payer).setParameter(6, importKey).setParameter(7, by)
                .setParameter(8, Timestamp.from(Instant.now())).executeUpdate();
    }

    /** Current members by number and by name (as compared), for matching deposits. */
    public record Roster(Map<Integer, Long> byNumber, Map<String, List<Long>> byName) {
    }

    public Roster roster(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, member_number, name FROM membership WHERE coop_id = ?1 AND status IN ('ACTIVE', 'WITHDRAWING')")
                .setParameter(1, coopId).getResultList();
        Map<Integer, Long> byNumber = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            if (r[1] != null) {
                byNumber.put(((Number) r[1]).intValue(), id);
            }
            byName.computeIfAbsent(org.ridercoop.dues.entity.BankStatement.comparable((String) r[2]), k -> new java.util.ArrayList<>()).add(id);
        }
        return new Roster(byNumber, byName);
    }

    /** A payment as the account shows it. */
    public record Payment(long id, long amountWon, LocalDate paidOn, String method, String reference, String recordedBy) {
    }

    public List<Payment> payments(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, amount_won, paid_on, method, reference, recorded_by FROM dues_payment WHERE membership_id = ?1
                ORDER BY paid_on DESC, id DESC""").setParameter(1, membershipId).getResultList();
        return rows.stream().map(r -> new Payment(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), day(r[2]), (String) r[3],
                (String) r[4], (String) r[5])).toList();
    }

    public List<DuesAccount.Charge> charges(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT month, amount_won FROM dues_charge WHERE membership_id = ?1 ORDER BY month")
                .setParameter(1, membershipId).getResultList();
        return rows.stream().map(r -> new DuesAccount.Charge(YearMonth.from(day(r[0])), ((Number) r[1]).longValue())).toList();
    }

    /** What each of a member's charges was worked out from, by month: the plan's kind and its deliveries or income. */
    public Map<YearMonth, Object[]> bases(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.month, p.kind, c.basis_quantity FROM dues_charge c JOIN dues_plan p ON p.id = c.plan_id WHERE c.membership_id = ?1""")
                .setParameter(1, membershipId).getResultList();
        Map<YearMonth, Object[]> bases = new HashMap<>();
        rows.forEach(r -> bases.put(YearMonth.from(day(r[0])), new Object[] {DuesPlan.Kind.valueOf((String) r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue()}));
        return bases;
    }

    /** Every member of the cooperative who was ever charged or paid: their charges and what they paid in all. */
    public Map<Long, Ledger> ledgers(long coopId) {
        Map<Long, Ledger> ledgers = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> charges = em.createNativeQuery("SELECT membership_id, month, amount_won FROM dues_charge WHERE coop_id = ?1")
                .setParameter(1, coopId).getResultList();
        for (Object[] r : charges) {
            ledgers.computeIfAbsent(((Number) r[0]).longValue(), id -> new Ledger(new java.util.ArrayList<>(), new long[1])).charges()
                    .add(new DuesAccount.Charge(YearMonth.from(day(r[1])), ((Number) r[2]).longValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> paid = em.createNativeQuery("SELECT membership_id, SUM(amount_won) FROM dues_payment WHERE coop_id = ?1 GROUP BY membership_id")
                .setParameter(1, coopId).getResultList();
        for (Object[] r : paid) {
            ledgers.computeIfAbsent(((Number) r[0]).longValue(), id -> new Ledger(new java.util.ArrayList<>(), new long[1])).paid()[0] =
                    ((Number) r[1]).longValue();
        }
        return ledgers;
    }

    /** A member's charges and payments total, as the arrears and the collection rate need them. */
    public record Ledger(List<DuesAccount.Charge> charges, long[] paid) {
        public DuesAccount account(LocalDate today) {
            return DuesAccount.of(charges, paid[0], today);
        }
    }

    public long paidTotal(long membershipId) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(amount_won), 0) FROM dues_payment WHERE membership_id = ?1")
                .setParameter(1, membershipId).getSingleResult()).longValue();
    }

    /** The cooperatives to bill each month. */
    public List<Long> cooperatives() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM cooperative ORDER BY id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Member number and name of every member of the cooperative, by id. */
    public Map<Long, Object[]> members(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, member_number, name FROM membership WHERE coop_id = ?1").setParameter(1, coopId)
                .getResultList();
        Map<Long, Object[]> members = new HashMap<>();
        rows.forEach(r -> members.put(((Number) r[0]).longValue(), new Object[] {r[1] == null ? null : ((Number) r[1]).intValue(), r[2]}));
        return members;
    }

    public void flush() {
        em.flush();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }
}
