package org.ridercoop.payouts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ridercoop.payouts.entity.LargestRemainder;
import org.ridercoop.payouts.entity.PayoutSettings;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Payout runs: prepared from the period's confirmed work records (one aggregate query), split exactly, approved by a
 * second board member, posted to the ledger in one transaction, paid, or reversed. Lines are written in JDBC batches
 * and the members' entries straight from the lines (INSERT … SELECT), so that a run of 10,000 members stays quick.
 */
@ApplicationScoped
public class Payouts {
    private static final int CHUNK = 2_000;

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @jakarta.annotation.Resource(lookup = org.ridercoop.platform.persistence.Database.JNDI_NAME)
    javax.sql.DataSource dataSource;

    /** A run's header. */
    public record Run(long id, long coopId, String pool, LocalDate periodStart, LocalDate periodEnd, String formula, long grossWon,
                      long operatingWon, long deductionsWon, long netWon, int withholdingBp, String state, String preparedBy, String preparedSubject,
                      Instant preparedAt, String approvedBy, Instant approvedAt, Instant postedAt, Long reversesRunId, int members) {
    }

    /** An income or a deduction of a run. */
    public record Item(String kind, String label, long amountWon) {
    }

    /** A member's line. */
    public record Line(long membershipId, Integer memberNumber, String name, long minutes, long deliveries, long incomeWon, long measure,
                       long sharePpm, long amountWon, long withholdingWon, long payableWon, Instant paidAt) {
    }

    public PayoutSettings settings(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT operating_share_bp, withholding_bp, formula, weight_hours, weight_deliveries, weight_income FROM payout_settings
                WHERE coop_id = ?1""").setParameter(1, coopId).getResultList();
        if (rows.isEmpty()) {
            return PayoutSettings.DEFAULTS;
        }
        Object[] r = rows.get(0);
        return new PayoutSettings(num(r[0]), num(r[1]), PayoutSettings.Formula.valueOf((String) r[2]), num(r[3]), num(r[4]), num(r[5]));
    }

    public void save(long coopId, PayoutSettings s, String by) {
        em.createNativeQuery("""
                INSERT INTO payout_settings (coop_id, operating_share_bp, withholding_bp, formula, weight_hours, weight_deliveries, weight_income,
                                             updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON DUPLICATE KEY UPDATE operating_share_bp = VALUES(operating_share_bp), withholding_bp = VALUES(withholding_bp),
                    formula = VALUES(formula), weight_hours = VALUES(weight_hours), weight_deliveries = VALUES(weight_deliveries),
                    weight_income = VALUES(weight_income), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, coopId).setParameter(2, s.operatingShareBp()).setParameter(3, s.withholdingBp()).setParameter(4, s.formula().name())
                .setParameter(5, s.weightHours()).setParameter(6, s.weightDeliveries()).setParameter(7, s.weightIncome()).setParameter(8, by)
                .setParameter(9, Timestamp.from(Instant.now())).executeUpdate();
    }

    /** The confirmed work of each member in the period (Korean days, both included). */
    public List<PayoutSettings.Work> work(long coopId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT membership_id, SUM(TIMESTAMPDIFF(MINUTE, started_at, ended_at)), SUM(deliveries), SUM(income_won)
                FROM work_record WHERE coop_id = ?1 AND status = 'CONFIRMED' AND started_at >= ?2 AND started_at < ?3
                GROUP BY membership_id ORDER BY membership_id""")
                .setParameter(1, coopId).setParameter(2, Timestamp.from(from.atStartOfDay(KoreanCalendar.ZONE).toInstant()))
                .setParameter(3, Timestamp.from(to.plusDays(1).atStartOfDay(KoreanCalendar.ZONE).toInstant())).getResultList();
        return rows.stream().map(r -> new PayoutSettings.Work(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    /** Prepares a run: the split of the net pool, line by line. Returns its id. */
    public long prepare(long coopId, String pool, LocalDate from, LocalDate to, List<Item> items, String by, String subject) {
        PayoutSettings settings = settings(coopId);
        long gross = items.stream().filter(i -> i.kind().equals("INCOME")).mapToLong(Item::amountWon).reduce(0, Math::addExact);
        long named = items.stream().filter(i -> i.kind().equals("DEDUCTION")).mapToLong(Item::amountWon).reduce(0, Math::addExact);
        long operating = PayoutSettings.share(gross, settings.operatingShareBp());
        long net = gross - operating - named;
        if (net < 0) {
            throw ProblemException.ruleViolated("deductions-exceed-income", "The deductions (" + (operating + named) + " won with the operating share) "
                    + "exceed the income (" + gross + " won).");
        }
        List<PayoutSettings.Work> work = work(coopId, from, to).stream().filter(w -> w.minutes() > 0 || w.deliveries() > 0 || w.incomeWon() > 0)
                .toList();
        long minutes = work.stream().mapToLong(PayoutSettings.Work::minutes).sum();
        long deliveries = work.stream().mapToLong(PayoutSettings.Work::deliveries).sum();
        long income = work.stream().mapToLong(PayoutSettings.Work::incomeWon).sum();
        List<LargestRemainder.Share> shares = work.stream()
                .map(w -> new LargestRemainder.Share(w.membershipId(), settings.measure(w, minutes, deliveries, income))).toList();
        if (shares.stream().allMatch(s -> s.measure().signum() == 0)) {
            throw ProblemException.ruleViolated("no-work", "No confirmed work in " + from + " – " + to + " to split the pool by ("
                    + settings.formula() + ").");
        }
        List<LargestRemainder.Part> parts = LargestRemainder.split(net, shares);
        Instant now = Instant.now();
        em.createNativeQuery("""
                INSERT INTO payout_run (coop_id, pool, period_start, period_end, formula, gross_won, operating_won, deductions_won, net_won,
                                        withholding_bp, state, prepared_by, prepared_subject, prepared_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'PREVIEW', ?11, ?12, ?13)""")
                .setParameter(1, coopId).setParameter(2, pool).setParameter(3, Date.valueOf(from)).setParameter(4, Date.valueOf(to))
                .setParameter(5, settings.formula().name()).setParameter(6, gross).setParameter(7, operating).setParameter(8, named)
                .setParameter(9, net).setParameter(10, settings.withholdingBp()).setParameter(11, by).setParameter(12, subject)
                .setParameter(13, Timestamp.from(now)).executeUpdate();
        long runId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        for (int i = 0; i < items.size(); i++) {
            em.createNativeQuery("INSERT INTO payout_item (run_id, seq, kind, label, amount_won) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, runId).setParameter(2, i + 1).setParameter(3, items.get(i).kind()).setParameter(4, items.get(i).label())
                    .setParameter(5, items.get(i).amountWon()).executeUpdate();
        }
        Map<Long, PayoutSettings.Work> byMember = work.stream().collect(Collectors.toMap(PayoutSettings.Work::membershipId, Function.identity()));
        BigInteger total = shares.stream().map(LargestRemainder.Share::measure).reduce(BigInteger.ZERO, BigInteger::add);
        List<Object[]> lines = new ArrayList<>(parts.size());
        for (LargestRemainder.Part part : parts) {
            PayoutSettings.Work w = byMember.get(part.key());
            long withheld = PayoutSettings.share(part.won(), settings.withholdingBp());
            long ppm = part.measure().multiply(BigInteger.valueOf(1_000_000)).divide(total).longValueExact();
            long measure = part.measure().bitLength() < 63 ? part.measure().longValueExact() : Long.MAX_VALUE;
            lines.add(new Object[] {runId, part.key(), w.minutes(), w.deliveries(), w.incomeWon(), measure, ppm, part.won(), withheld, part.won() - withheld});
        }
        em.flush();
        insert("INSERT INTO payout_line (run_id, membership_id, minutes, deliveries, income_won, measure, share_ppm, amount_won, withholding_won, "
                + "payable_won) VALUES ", 10, lines);
        return runId;
    }

    public Run run(long coopId, long runId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.coop_id, r.pool, r.period_start, r.period_end, r.formula, r.gross_won, r.operating_won, r.deductions_won, r.net_won,
                       r.withholding_bp, r.state, r.prepared_by, r.prepared_subject, r.prepared_at, r.approved_by, r.approved_at, r.posted_at,
                       r.reverses_run_id, (SELECT COUNT(*) FROM payout_line l WHERE l.run_id = r.id)
                FROM payout_run r WHERE r.id = ?1 AND r.coop_id = ?2""" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, runId).setParameter(2, coopId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Payout run " + runId);
        }
        return run(rows.get(0));
    }

    public List<Run> runs(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.coop_id, r.pool, r.period_start, r.period_end, r.formula, r.gross_won, r.operating_won, r.deductions_won, r.net_won,
                       r.withholding_bp, r.state, r.prepared_by, r.prepared_subject, r.prepared_at, r.approved_by, r.approved_at, r.posted_at,
                       r.reverses_run_id, (SELECT COUNT(*) FROM payout_line l WHERE l.run_id = r.id)
                FROM payout_run r WHERE r.coop_id = ?1 ORDER BY r.period_start DESC, r.id DESC LIMIT 200""").setParameter(1, coopId).getResultList();
        return rows.stream().map(Payouts::run).toList();
    }

    public List<Item> items(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, label, amount_won FROM payout_item WHERE run_id = ?1 ORDER BY seq")
                .setParameter(1, runId).getResultList();
        return rows.stream().map(r -> new Item((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    /** The lines of a run, largest part first; of one member only if given. */
    public List<Line> lines(long runId, Long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.membership_id, m.member_number, m.name, l.minutes, l.deliveries, l.income_won, l.measure, l.share_ppm, l.amount_won,
                       l.withholding_won, l.payable_won, l.paid_at
                FROM payout_line l JOIN membership m ON m.id = l.membership_id WHERE l.run_id = ?1""" + (membershipId == null ? "" : " AND l.membership_id = ?2")
                + " ORDER BY l.amount_won DESC, l.membership_id").setParameter(1, runId).setParameter(2, membershipId == null ? 0 : membershipId)
                .getResultList();
        return rows.stream().map(r -> new Line(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), ((Number) r[10]).longValue(),
                instant(r[11]))).toList();
    }

    /** A member's lines in posted runs, newest period first, with their run. */
    public List<Object[]> memberLines(long coopId, long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.pool, r.period_start, r.period_end, r.state, l.minutes, l.deliveries, l.income_won, l.share_ppm, l.amount_won,
                       l.withholding_won, l.payable_won, l.paid_at
                FROM payout_line l JOIN payout_run r ON r.id = l.run_id
                WHERE r.coop_id = ?1 AND l.membership_id = ?2 AND r.state IN ('POSTED', 'REVERSED') AND r.reverses_run_id IS NULL
                ORDER BY r.period_start DESC, r.id DESC LIMIT 60""").setParameter(1, coopId).setParameter(2, membershipId).getResultList();
        return rows;
    }

    public void approve(long runId, String by, String subject) {
        em.createNativeQuery("UPDATE payout_run SET state = 'APPROVED', approved_by = ?2, approved_subject = ?3, approved_at = ?4 WHERE id = ?1")
                .setParameter(1, runId).setParameter(2, by).setParameter(3, subject).setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }

    /**
     * Posts an approved run: its state, then its balanced entries: the income into the pool, the operating share and
     * the named deductions out of it, each member's part to their payable, the withholding from it. One posted run per
     * pool and period is the database's rule (the key on posted runs).
     */
    public void post(Run run) {
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE payout_run SET state = 'POSTED', posted_at = ?2 WHERE id = ?1").setParameter(1, run.id())
                .setParameter(2, Timestamp.from(now)).executeUpdate();
        String pool = "pool:" + run.pool();
        List<Object[]> entries = new ArrayList<>();
        entry(entries, run, "POST", "bank", null, run.grossWon(), 0, now);
        entry(entries, run, "POST", pool, null, 0, run.grossWon(), now);
        entry(entries, run, "POST", pool, null, run.operatingWon(), 0, now);
        entry(entries, run, "POST", "operating-fund", null, 0, run.operatingWon(), now);
        for (Item item : items(run.id())) {
            if (item.kind().equals("DEDUCTION")) {
                entry(entries, run, "POST", pool, null, item.amountWon(), 0, now);
                entry(entries, run, "POST", "deduction:" + item.label(), null, 0, item.amountWon(), now);
            }
        }
        insert("INSERT INTO ledger_entry (coop_id, run_id, posting, account, membership_id, debit_won, credit_won, posted_at) VALUES ", 8, entries);
        // each member's part out of the pool into their payable, and the withholding from it: straight from the lines
        String perLine = """
                INSERT INTO ledger_entry (coop_id, run_id, posting, account, membership_id, debit_won, credit_won, posted_at)
                SELECT ?1, run_id, 'POST', ?2, membership_id, %s, %s, ?4 FROM payout_line WHERE run_id = ?3 AND %s > 0""";
        Object[][] sides = {{pool, "amount_won", "0", "amount_won"}, {"member-payable", "0", "amount_won", "amount_won"},
                {"member-payable", "withholding_won", "0", "withholding_won"}, {"withholding-tax-payable", "0", "withholding_won", "withholding_won"}};
        for (Object[] side : sides) {
            em.createNativeQuery(perLine.formatted(side[1], side[2], side[3])).setParameter(1, run.coopId()).setParameter(2, side[0])
                    .setParameter(3, run.id()).setParameter(4, Timestamp.from(now)).executeUpdate();
        }
    }

    /** Pays the unpaid lines (of the given members, or all): their payable to the bank. Returns how many. */
    public int pay(Run run, List<Long> members) {
        Instant now = Instant.now();
        List<Object[]> entries = new ArrayList<>();
        int paid = 0;
        for (Line line : lines(run.id(), null)) {
            if (line.paidAt() != null || members != null && !members.contains(line.membershipId())) {
                continue;
            }
            em.createNativeQuery("UPDATE payout_line SET paid_at = ?3 WHERE run_id = ?1 AND membership_id = ?2 AND paid_at IS NULL")
                    .setParameter(1, run.id()).setParameter(2, line.membershipId()).setParameter(3, Timestamp.from(now)).executeUpdate();
            entry(entries, run, "PAY", "member-payable", line.membershipId(), line.payableWon(), 0, now);
            entry(entries, run, "PAY", "bank", line.membershipId(), 0, line.payableWon(), now);
            paid++;
        }
        insert("INSERT INTO ledger_entry (coop_id, run_id, posting, account, membership_id, debit_won, credit_won, posted_at) VALUES ", 8, entries);
        return paid;
    }

    /** Reverses a posted, unpaid run: a reversing run posts the mirror of its entries; the original is marked reversed. */
    public long reverse(Run run, String by, String subject) {
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE payout_run SET state = 'REVERSED' WHERE id = ?1").setParameter(1, run.id()).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO payout_run (coop_id, pool, period_start, period_end, formula, gross_won, operating_won, deductions_won, net_won,
                                        withholding_bp, state, prepared_by, prepared_subject, prepared_at, approved_by, approved_subject, approved_at,
                                        posted_at, reverses_run_id)
                SELECT coop_id, pool, period_start, period_end, formula, gross_won, operating_won, deductions_won, net_won, withholding_bp, 'POSTED',
                       ?2, ?3, ?4, ?2, ?3, ?4, ?4, id FROM payout_run WHERE id = ?1""")
                .setParameter(1, run.id()).setParameter(2, by).setParameter(3, subject).setParameter(4, Timestamp.from(now)).executeUpdate();
        long reversal = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("""
                INSERT INTO ledger_entry (coop_id, run_id, posting, account, membership_id, debit_won, credit_won, posted_at)
                SELECT coop_id, ?2, 'REVERSE', account, membership_id, credit_won, debit_won, ?3 FROM ledger_entry WHERE run_id = ?1 AND posting = 'POST'""")
                .setParameter(1, run.id()).setParameter(2, reversal).setParameter(3, Timestamp.from(now)).executeUpdate();
        return reversal;
    }

    /** A member's account for payouts. */
    public record BankAccount(String bank, String accountNumber, String holder, Instant updatedAt) {
    }

    public java.util.Optional<BankAccount> bankAccount(long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT bank, account_number, holder, updated_at FROM member_bank_account WHERE membership_id = ?1")
                .setParameter(1, membershipId).getResultList();
        return rows.stream().findFirst().map(r -> new BankAccount((String) r[0], (String) r[1], (String) r[2], instant(r[3])));
    }

    public void save(long coopId, long membershipId, BankAccount account, String by) {
        em.createNativeQuery("""
                INSERT INTO member_bank_account (membership_id, coop_id, bank, account_number, holder, updated_by, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON DUPLICATE KEY UPDATE bank = VALUES(bank), account_number = VALUES(account_number), holder = VALUES(holder),
                                        updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, membershipId).setParameter(2, coopId).setParameter(3, account.bank()).setParameter(4, account.accountNumber())
                .setParameter(5, account.holder()).setParameter(6, by).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
    }

    /** The unpaid payable lines of a run with each member's account (empty strings when none is on file). */
    public List<Object[]> transfers(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT COALESCE(a.bank, ''), COALESCE(a.account_number, ''), COALESCE(a.holder, ''), l.payable_won, m.member_number, m.name
                FROM payout_line l JOIN membership m ON m.id = l.membership_id LEFT JOIN member_bank_account a ON a.membership_id = l.membership_id
                WHERE l.run_id = ?1 AND l.paid_at IS NULL AND l.payable_won > 0 ORDER BY m.member_number, m.id""")
                .setParameter(1, runId).getResultList();
        return rows;
    }

    public void flush() {
        em.flush();
    }

    /** Debits less credits of the cooperative's ledger: 0 when every posting balanced. */
    public long[] balance(long coopId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(debit_won), 0), COALESCE(SUM(credit_won), 0), COUNT(*) FROM ledger_entry WHERE coop_id = ?1""")
                .setParameter(1, coopId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }

    /** Balances of the cooperative's accounts (members' payables summed), by account. */
    public List<Object[]> accounts(long coopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT account, SUM(debit_won), SUM(credit_won) FROM ledger_entry WHERE coop_id = ?1 GROUP BY account ORDER BY account""")
                .setParameter(1, coopId).getResultList();
        return rows;
    }

    private static void entry(List<Object[]> entries, Run run, String posting, String account, Long member, long debit, long credit, Instant at) {
        if (debit == 0 && credit == 0) {
            return;
        }
        entries.add(new Object[] {run.coopId(), run.id(), posting, account, member, debit, credit, Timestamp.from(at)});
    }

    /**
     * Inserts rows as one JDBC batch (the driver sends it in bulk), on the transaction's own connection: the data
     * source hands the same connection to every user within one transaction.
     */
    void insert(String head, int width, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(head).append('(');
        for (int c = 0; c < width; c++) {
            sql.append(c == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int c = 0; c < width; c++) {
                    statement.setObject(c + 1, row[c]);
                }
                statement.addBatch();
                if (++pending == CHUNK) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(e);
        }
    }

    private static Run run(Object[] r) {
        return new Run(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], ((Date) r[3]).toLocalDate(), ((Date) r[4]).toLocalDate(),
                (String) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
                num(r[10]), (String) r[11], (String) r[12], (String) r[13], instant(r[14]), (String) r[15], instant(r[16]), instant(r[17]),
                r[18] == null ? null : ((Number) r[18]).longValue(), num(r[19]));
    }

    private static int num(Object value) {
        return ((Number) value).intValue();
    }

    static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : (Instant) value;
    }
}
