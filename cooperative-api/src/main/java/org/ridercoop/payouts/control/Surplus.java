package org.ridercoop.payouts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.CooperativeKind;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.payouts.entity.Appropriation;
import org.ridercoop.payouts.entity.LargestRemainder;
import org.ridercoop.payouts.entity.PayoutSettings;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * The year-end surplus: the board's proposal worked through the waterfall, put to the general assembly as a motion,
 * and once adopted split per member (patronage by the year's confirmed work under the payout formula; capital by
 * paid-in capital weighted by the days it was held) and posted to the ledger. Dividends are then paid, or reinvested
 * as shares within the 30% cap.
 */
@ApplicationScoped
public class Surplus {
    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @Inject
    Payouts payouts;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;

    /** A fiscal year of a cooperative: its days, the kind, the paid-in capital at its end, the balances it opens with. */
    public record Year(int fiscalYear, LocalDate start, LocalDate end, boolean social, long sharePriceWon, long paidInCapitalWon,
                       Appropriation.Balances opening, Integer openingFromYear, int legalReservePercent, long legalCeilingWon,
                       long capitalDividendCapWon, String formula) {
    }

    /** A member's dividends: the year's work and its share, the capital's won-days and its share, what was reinvested and paid. */
    public record Dividend(long membershipId, Integer memberNumber, String name, long minutes, long deliveries, long incomeWon, long patronagePpm,
                           long patronageWon, long capitalWonDays, long capitalPpm, long capitalWon, int reinvestedShares, long reinvestedWon,
                           long paidWon, Instant paidAt) {
        public long totalWon() {
            return patronageWon + capitalWon;
        }

        public long outstandingWon() {
            return totalWon() - reinvestedWon - paidWon;
        }
    }

    /** A proposal with its figures. */
    public record Proposal(long id, long coopId, int fiscalYear, LocalDate yearStart, LocalDate yearEnd, boolean social, String formula,
                           long netIncomeWon, long paidInCapitalWon, Appropriation.Balances opening, long lossCoveredWon, long fromRetainedWon,
                           long fromVoluntaryWon, long fromLegalWon, long legalMinimumWon, long legalReserveWon, long voluntaryReserveWon,
                           long patronageDividendWon, long capitalDividendWon, Appropriation.Balances closing, String note, String state,
                           String proposedBy, Instant proposedAt, Long motionId, LocalDate decidedOn, String resolution) {
    }

    /** The fiscal year {@code fiscalYear} (it starts in that calendar year, in the articles' month). */
    public Year year(long coopId, int fiscalYear) {
        Cooperative coop = memberships.cooperative(coopId);
        LocalDate start = LocalDate.of(fiscalYear, coop.fiscalYearStartMonth(), 1);
        LocalDate end = start.plusYears(1).minusDays(1);
        boolean social = coop.kind() == CooperativeKind.SOCIAL;
        long paidIn = ((Number) em.createNativeQuery("""
                SELECT COALESCE(SUM(CASE kind WHEN 'PAYMENT' THEN amount ELSE -amount END), 0) FROM capital_entry
                WHERE coop_id = ?1 AND kind IN ('PAYMENT', 'REFUND_PAID') AND entry_date <= ?2""")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(end)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> previous = em.createNativeQuery("""
                SELECT fiscal_year, closing_retained_won, closing_voluntary_won, closing_legal_won, closing_loss_won FROM surplus_proposal
                WHERE coop_id = ?1 AND state = 'ADOPTED' AND fiscal_year < ?2 ORDER BY fiscal_year DESC LIMIT 1""")
                .setParameter(1, coopId).setParameter(2, fiscalYear).getResultList();
        Appropriation.Balances opening = previous.isEmpty() ? null : new Appropriation.Balances(num(previous.get(0)[1]), num(previous.get(0)[2]),
                num(previous.get(0)[3]), num(previous.get(0)[4]));
        return new Year(fiscalYear, start, end, social, coop.sharePrice(), paidIn, opening, previous.isEmpty() ? null
                : ((Number) previous.get(0)[0]).intValue(), Appropriation.legalReservePercent(social), Math.multiplyExact(3, paidIn),
                Appropriation.capitalDividendCap(social, paidIn), payouts.settings(coopId).formula().name());
    }

    /**
     * Records the board's proposal for a year that has ended, checked against the law. The cooperative's row is locked
     * first, so that two proposals of a year are never both open.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long propose(long coopId, int fiscalYear, long netIncomeWon, Appropriation.Balances given, Appropriation.Proposal p, String note,
                        String by) {
        memberships.lock(coopId);
        Year year = year(coopId, fiscalYear);
        if (!year.end().isBefore(KoreanCalendar.today())) {
            throw ProblemException.ruleViolated("fiscal-year-not-ended", "The fiscal year " + fiscalYear + " runs until " + year.end()
                    + "; its surplus is appropriated after it has ended.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> taken = em.createNativeQuery("""
                SELECT fiscal_year, state FROM surplus_proposal WHERE coop_id = ?1 AND (state IN ('PROPOSED', 'ON_AGENDA') AND fiscal_year = ?2
                    OR state = 'ADOPTED' AND fiscal_year >= ?2) LIMIT 1""").setParameter(1, coopId).setParameter(2, fiscalYear).getResultList();
        if (!taken.isEmpty()) {
            int other = ((Number) taken.get(0)[0]).intValue();
            throw "ADOPTED".equals(taken.get(0)[1])
                    ? ProblemException.conflict("year-appropriated", "The surplus of " + other + " was appropriated already"
                            + (other == fiscalYear ? "." : "; an earlier year cannot be appropriated after it."))
                    : ProblemException.conflict("proposal-open", "A proposal for " + fiscalYear + " is open; withdraw it first.");
        }
        Appropriation.Balances opening = year.opening();
        if (opening == null && given == null) {
            throw ProblemException.invalidField("opening", "is required: no earlier year's appropriation is recorded, so the reserves, "
                    + "retained earnings and loss carried forward at the year's start come from the books");
        }
        if (opening != null && given != null && !opening.equals(given)) {
            throw ProblemException.invalidField("opening", "is known from the appropriation of " + year.openingFromYear() + " (" + opening
                    + "); leave it out");
        }
        Appropriation a = Appropriation.of(new Appropriation.Year(year.social(), netIncomeWon, year.paidInCapitalWon(), opening != null ? opening : given),
                p);
        // the split must be possible: someone worked, someone held capital
        split(coopId, year, p.patronageDividendWon(), p.capitalDividendWon());
        Appropriation.Balances o = a.year().opening();
        Appropriation.Balances c = a.closing();
        em.createNativeQuery("""
                INSERT INTO surplus_proposal (coop_id, fiscal_year, year_start, year_end, social, formula, net_income_won, paid_in_capital_won,
                    opening_retained_won, opening_voluntary_won, opening_legal_won, opening_loss_won, loss_covered_won, from_retained_won,
                    from_voluntary_won, from_legal_won, legal_minimum_won, legal_reserve_won, voluntary_reserve_won, patronage_dividend_won,
                    capital_dividend_won, closing_retained_won, closing_voluntary_won, closing_legal_won, closing_loss_won, note, state,
                    proposed_by, proposed_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26,
                    'PROPOSED', ?27, ?28)""")
                .setParameter(1, coopId).setParameter(2, fiscalYear).setParameter(3, Date.valueOf(year.start())).setParameter(4, Date.valueOf(year.end()))
                .setParameter(5, year.social()).setParameter(6, year.formula()).setParameter(7, netIncomeWon).setParameter(8, year.paidInCapitalWon())
                .setParameter(9, o.retainedWon()).setParameter(10, o.voluntaryWon()).setParameter(11, o.legalWon()).setParameter(12, o.lossWon())
                .setParameter(13, a.lossCoveredWon()).setParameter(14, a.fromRetainedWon()).setParameter(15, a.fromVoluntaryWon())
                .setParameter(16, a.fromLegalWon()).setParameter(17, a.legalMinimumWon()).setParameter(18, p.legalReserveWon())
                .setParameter(19, p.voluntaryReserveWon()).setParameter(20, p.patronageDividendWon()).setParameter(21, p.capitalDividendWon())
                .setParameter(22, c.retainedWon()).setParameter(23, c.voluntaryWon()).setParameter(24, c.legalWon()).setParameter(25, c.lossWon())
                .setParameter(26, note).setParameter(27, by).setParameter(28, Timestamp.from(Instant.now())).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public Proposal proposal(long coopId, long id, boolean lock) {
        List<Proposal> found = proposals(coopId, id, lock);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Surplus proposal " + id);
        }
        return found.get(0);
    }

    /** The cooperative's proposals, latest year first. */
    public List<Proposal> proposals(long coopId) {
        return proposals(coopId, null, false);
    }

    /**
     * The per-member split: for a proposal not yet adopted, what it would give today; for an adopted one, what was posted
     * (with what has been reinvested and paid since).
     */
    public List<Dividend> dividends(Proposal proposal) {
        if (!"ADOPTED".equals(proposal.state())) {
            return split(proposal.coopId(), year(proposal.coopId(), proposal.fiscalYear()), proposal.patronageDividendWon(),
                    proposal.capitalDividendWon());
        }
        return posted(proposal.id(), null);
    }

    /** A member's dividends of adopted appropriations, latest year first, with the year. */
    public List<Map.Entry<Proposal, Dividend>> dividendsOf(long coopId, long membershipId) {
        List<Map.Entry<Proposal, Dividend>> result = new ArrayList<>();
        for (Proposal p : proposals(coopId)) {
            if ("ADOPTED".equals(p.state())) {
                posted(p.id(), membershipId).forEach(d -> result.add(Map.entry(p, d)));
            }
        }
        return result;
    }

    /** The proposal may be decided by a motion of an assembly: proposed, not on another agenda. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putOnAgenda(long coopId, long id, long motionId) {
        Proposal p = proposal(coopId, id, true);
        if (!"PROPOSED".equals(p.state())) {
            throw ProblemException.conflict("surplus-not-proposed", "Surplus proposal " + id + " is " + p.state().toLowerCase().replace('_', ' ')
                    + "; only a proposal that is open and on no other agenda goes to an assembly.");
        }
        em.createNativeQuery("UPDATE surplus_proposal SET state = 'ON_AGENDA', motion_id = ?2, version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, motionId).executeUpdate();
    }

    /** The board withdraws an open proposal that is on no agenda. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Proposal withdraw(long coopId, long id) {
        Proposal p = proposal(coopId, id, true);
        if (!"PROPOSED".equals(p.state())) {
            throw ProblemException.conflict("surplus-not-proposed", "Surplus proposal " + id + " is " + p.state().toLowerCase().replace('_', ' ')
                    + "; only an open proposal on no agenda is withdrawn.");
        }
        em.createNativeQuery("UPDATE surplus_proposal SET state = 'WITHDRAWN', version = version + 1 WHERE id = ?1").setParameter(1, id).executeUpdate();
        return proposal(coopId, id, false);
    }

    /**
     * Carries out the assembly's decision: adopted, the dividends are split and everything is posted to the ledger, in
     * the same transaction as the close of the vote; rejected, the proposal is closed; without a quorum it is open again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(long coopId, long id, Boolean passed, LocalDate on, String resolution, String by) {
        Proposal p = proposal(coopId, id, true);
        if (!"ON_AGENDA".equals(p.state())) {
            return;
        }
        if (passed == null) {
            em.createNativeQuery("UPDATE surplus_proposal SET state = 'PROPOSED', motion_id = NULL, version = version + 1 WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
            audit.record(coopId, "surplus.no-quorum", "surplus_proposal", id, null, Map.of("resolution", resolution));
            return;
        }
        em.createNativeQuery("""
                UPDATE surplus_proposal SET state = ?2, decided_on = ?3, decided_by = ?4, resolution = ?5, version = version + 1 WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, passed ? "ADOPTED" : "REJECTED").setParameter(3, Date.valueOf(on)).setParameter(4, by)
                .setParameter(5, resolution).executeUpdate();
        if (!passed) {
            audit.record(coopId, "surplus.rejected", "surplus_proposal", id, null, Map.of("resolution", resolution));
            return;
        }
        // members whose work or capital earned nothing this time get no line
        List<Dividend> dividends = split(coopId, year(coopId, p.fiscalYear()), p.patronageDividendWon(), p.capitalDividendWon()).stream()
                .filter(d -> d.totalWon() > 0).toList();
        List<Object[]> rows = new ArrayList<>();
        for (Dividend d : dividends) {
            rows.add(new Object[] {id, d.membershipId(), d.minutes(), d.deliveries(), d.incomeWon(), d.patronagePpm(), d.patronageWon(),
                    d.capitalWonDays(), d.capitalPpm(), d.capitalWon()});
        }
        em.flush();
        payouts.insert("INSERT INTO surplus_dividend (proposal_id, membership_id, minutes, deliveries, income_won, patronage_ppm, patronage_won, "
                + "capital_won_days, capital_ppm, capital_won) VALUES ", 10, rows);
        post(p, dividends);
        audit.record(coopId, "surplus.adopted", "surplus_proposal", id, null, Map.of("resolution", resolution, "members", dividends.size(),
                "dividendsWon", p.patronageDividendWon() + p.capitalDividendWon()));
    }

    /** Pays the outstanding dividends of the given members (or everyone's): payable to the bank. Returns how many were paid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int pay(Proposal p, List<Long> members) {
        requireAdopted(p);
        Instant now = Instant.now();
        List<Object[]> entries = new ArrayList<>();
        int paid = 0;
        for (Dividend d : posted(p.id(), null)) {
            if (d.outstandingWon() <= 0 || members != null && !members.contains(d.membershipId())) {
                continue;
            }
            em.createNativeQuery("UPDATE surplus_dividend SET paid_won = paid_won + ?3, paid_at = ?4 WHERE proposal_id = ?1 AND membership_id = ?2")
                    .setParameter(1, p.id()).setParameter(2, d.membershipId()).setParameter(3, d.outstandingWon())
                    .setParameter(4, Timestamp.from(now)).executeUpdate();
            entry(entries, p, "PAY", "dividend-payable", d.membershipId(), d.outstandingWon(), 0, now);
            entry(entries, p, "PAY", "bank", d.membershipId(), 0, d.outstandingWon(), now);
            paid++;
        }
        em.flush();
        payouts.insert(ENTRY, 8, entries);
        return paid;
    }

    /**
     * Reinvests {@code shares} shares' worth of a member's outstanding dividend: the shares are subscribed and paid
     * from it (no member may then hold more than 30% of all shares, §22), the rest stays payable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dividend reinvest(Proposal p, long membershipId, int shares, String by) {
        requireAdopted(p);
        Cooperative coop = memberships.lock(p.coopId());
        Dividend d = posted(p.id(), membershipId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("A dividend of member " + membershipId + " in " + p.fiscalYear()));
        long amount = Math.multiplyExact((long) shares, coop.sharePrice());
        if (amount > d.outstandingWon()) {
            throw ProblemException.ruleViolated("reinvest-exceeds-dividend", shares + " shares cost " + amount + " won; "
                    + d.outstandingWon() + " won of the dividend is outstanding (at most " + d.outstandingWon() / coop.sharePrice() + " shares).");
        }
        Membership member = memberships.of(p.coopId(), membershipId);
        LocalDate today = KoreanCalendar.today();
        memberships.record(member.subscribe(shares, coop.sharePrice(), today, by));
        memberships.requireWithinCap(coop.id(), member);
        memberships.record(member.pay(amount, coop.sharePrice(), today, by, "dividend " + p.fiscalYear() + " reinvested"));
        em.createNativeQuery("""
                UPDATE surplus_dividend SET reinvested_shares = reinvested_shares + ?3, reinvested_won = reinvested_won + ?4
                WHERE proposal_id = ?1 AND membership_id = ?2""").setParameter(1, p.id()).setParameter(2, membershipId).setParameter(3, shares)
                .setParameter(4, amount).executeUpdate();
        Instant now = Instant.now();
        List<Object[]> entries = new ArrayList<>();
        entry(entries, p, "REINVEST", "dividend-payable", membershipId, amount, 0, now);
        entry(entries, p, "REINVEST", "share-capital", membershipId, 0, amount, now);
        memberships.flush();
        payouts.insert(ENTRY, 8, entries);
        return posted(p.id(), membershipId).get(0);
    }

    private static final String ENTRY = "INSERT INTO ledger_entry (coop_id, surplus_id, posting, account, membership_id, debit_won, credit_won, "
            + "posted_at) VALUES ";

    /**
     * The appropriation's balanced entries: a surplus (the year's result, debited) credits the loss carried forward it
     * covers, the reserves, each member's dividend payable and the retained earnings; a loss (credited) is covered by
     * debits of the retained earnings, the reserves, and the loss carried forward for what remains.
     */
    private void post(Proposal p, List<Dividend> dividends) {
        Instant now = Instant.now();
        List<Object[]> e = new ArrayList<>();
        String result = "result:" + p.fiscalYear();
        if (p.netIncomeWon() < 0) {
            long loss = -p.netIncomeWon();
            entry(e, p, "APPROPRIATE", result, null, 0, loss, now);
            entry(e, p, "APPROPRIATE", "retained-earnings", null, p.fromRetainedWon(), 0, now);
            entry(e, p, "APPROPRIATE", "reserve:voluntary", null, p.fromVoluntaryWon(), 0, now);
            entry(e, p, "APPROPRIATE", "reserve:legal", null, p.fromLegalWon(), 0, now);
            entry(e, p, "APPROPRIATE", "loss-carried-forward", null, loss - p.fromRetainedWon() - p.fromVoluntaryWon() - p.fromLegalWon(), 0, now);
        } else {
            entry(e, p, "APPROPRIATE", result, null, p.netIncomeWon(), 0, now);
            entry(e, p, "APPROPRIATE", "loss-carried-forward", null, 0, p.lossCoveredWon(), now);
            entry(e, p, "APPROPRIATE", "reserve:legal", null, 0, p.legalReserveWon(), now);
            entry(e, p, "APPROPRIATE", "reserve:voluntary", null, 0, p.voluntaryReserveWon(), now);
            for (Dividend d : dividends) {
                entry(e, p, "APPROPRIATE", "dividend-payable", d.membershipId(), 0, d.totalWon(), now);
            }
            long retained = p.closing().retainedWon() - p.opening().retainedWon();
            entry(e, p, "APPROPRIATE", "retained-earnings", null, Math.max(0, -retained), Math.max(0, retained), now);
        }
        payouts.insert(ENTRY, 8, e);
    }

    /**
     * Splits the dividends: patronage by the year's confirmed work under the payout formula, capital by paid-in
     * capital times the days it was held in the year; each exactly, by the largest remainder.
     */
    List<Dividend> split(long coopId, Year year, long patronageWon, long capitalWon) {
        PayoutSettings settings = payouts.settings(coopId);
        List<PayoutSettings.Work> work = payouts.work(coopId, year.start(), year.end()).stream()
                .filter(w -> w.minutes() > 0 || w.deliveries() > 0 || w.incomeWon() > 0).toList();
        long minutes = work.stream().mapToLong(PayoutSettings.Work::minutes).sum();
        long deliveries = work.stream().mapToLong(PayoutSettings.Work::deliveries).sum();
        long income = work.stream().mapToLong(PayoutSettings.Work::incomeWon).sum();
        List<LargestRemainder.Share> patronage = work.stream()
                .map(w -> new LargestRemainder.Share(w.membershipId(), settings.measure(w, minutes, deliveries, income))).toList();
        if (patronageWon > 0 && patronage.stream().allMatch(s -> s.measure().signum() == 0)) {
            throw ProblemException.ruleViolated("no-work", "No confirmed work in " + year.start() + " – " + year.end()
                    + " to split the patronage dividends by (" + settings.formula() + ").");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("""
                SELECT membership_id, SUM(CASE kind WHEN 'PAYMENT' THEN amount ELSE -amount END * (DATEDIFF(?3, GREATEST(entry_date, ?2)) + 1))
                FROM capital_entry WHERE coop_id = ?1 AND kind IN ('PAYMENT', 'REFUND_PAID') AND entry_date <= ?3
                GROUP BY membership_id ORDER BY membership_id""")
                .setParameter(1, coopId).setParameter(2, Date.valueOf(year.start())).setParameter(3, Date.valueOf(year.end())).getResultList();
        List<LargestRemainder.Share> capital = held.stream().filter(r -> ((Number) r[1]).longValue() > 0)
                .map(r -> new LargestRemainder.Share(((Number) r[0]).longValue(), BigInteger.valueOf(((Number) r[1]).longValue()))).toList();
        if (capitalWon > 0 && capital.isEmpty()) {
            throw ProblemException.ruleViolated("no-capital", "No paid-in capital was held in " + year.fiscalYear() + " to split the capital dividends by.");
        }
        Map<Long, long[]> byMember = new TreeMap<>();
        BigInteger patronageTotal = patronage.stream().map(LargestRemainder.Share::measure).reduce(BigInteger.ZERO, BigInteger::add);
        for (LargestRemainder.Part part : LargestRemainder.split(patronageWon, patronageTotal.signum() == 0 ? List.of() : patronage)) {
            long[] m = byMember.computeIfAbsent(part.key(), k -> new long[7]);
            m[0] = ppm(part.measure(), patronageTotal);
            m[1] = part.won();
        }
        BigInteger capitalTotal = capital.stream().map(LargestRemainder.Share::measure).reduce(BigInteger.ZERO, BigInteger::add);
        for (LargestRemainder.Part part : LargestRemainder.split(capitalWon, capital)) {
            long[] m = byMember.computeIfAbsent(part.key(), k -> new long[7]);
            m[2] = part.measure().longValueExact();
            m[3] = ppm(part.measure(), capitalTotal);
            m[4] = part.won();
        }
        for (PayoutSettings.Work w : work) {
            long[] m = byMember.computeIfAbsent(w.membershipId(), k -> new long[7]);
            m[5] = w.minutes();
            m[6] = w.deliveries();
        }
        Map<Long, Long> incomes = new TreeMap<>();
        work.forEach(w -> incomes.put(w.membershipId(), w.incomeWon()));
        Map<Long, Object[]> names = names(coopId, byMember.keySet());
        List<Dividend> result = new ArrayList<>();
        byMember.forEach((member, m) -> {
            Object[] n = names.get(member);
            result.add(new Dividend(member, n == null || n[0] == null ? null : ((Number) n[0]).intValue(), n == null ? null : (String) n[1], m[5], m[6],
                    incomes.getOrDefault(member, 0L), m[0], m[1], m[2], m[3], m[4], 0, 0, 0, null));
        });
        result.sort(java.util.Comparator.comparingLong(Dividend::totalWon).reversed().thenComparingLong(Dividend::membershipId));
        return result;
    }

    private List<Dividend> posted(long proposalId, Long membershipId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.membership_id, m.member_number, m.name, d.minutes, d.deliveries, d.income_won, d.patronage_ppm, d.patronage_won,
                       d.capital_won_days, d.capital_ppm, d.capital_won, d.reinvested_shares, d.reinvested_won, d.paid_won, d.paid_at
                FROM surplus_dividend d JOIN membership m ON m.id = d.membership_id WHERE d.proposal_id = ?1"""
                + (membershipId == null ? "" : " AND d.membership_id = ?2") + " ORDER BY d.patronage_won + d.capital_won DESC, d.membership_id")
                .setParameter(1, proposalId).setParameter(2, membershipId == null ? 0 : membershipId).getResultList();
        return rows.stream().map(r -> new Dividend(num(r[0]), r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], num(r[3]), num(r[4]),
                num(r[5]), num(r[6]), num(r[7]), num(r[8]), num(r[9]), num(r[10]), ((Number) r[11]).intValue(), num(r[12]), num(r[13]),
                Payouts.instant(r[14]))).toList();
    }

    private Map<Long, Object[]> names(long coopId, java.util.Collection<Long> ids) {
        Map<Long, Object[]> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, member_number, name FROM membership WHERE coop_id = ?1")
                .setParameter(1, coopId).getResultList();
        rows.stream().filter(r -> ids.contains(num(r[0]))).forEach(r -> names.put(num(r[0]), new Object[] {r[1], r[2]}));
        return names;
    }

    private List<Proposal> proposals(long coopId, Long id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, coop_id, fiscal_year, year_start, year_end, social, formula, net_income_won, paid_in_capital_won, opening_retained_won,
                       opening_voluntary_won, opening_legal_won, opening_loss_won, loss_covered_won, from_retained_won, from_voluntary_won,
                       from_legal_won, legal_minimum_won, legal_reserve_won, voluntary_reserve_won, patronage_dividend_won, capital_dividend_won,
                       closing_retained_won, closing_voluntary_won, closing_legal_won, closing_loss_won, note, state, proposed_by, proposed_at,
                       motion_id, decided_on, resolution
                FROM surplus_proposal WHERE coop_id = ?1""" + (id == null ? " ORDER BY fiscal_year DESC, id DESC LIMIT 100" : " AND id = ?2")
                + (lock ? " FOR UPDATE" : "")).setParameter(1, coopId).setParameter(2, id == null ? 0 : id).getResultList();
        return rows.stream().map(r -> new Proposal(num(r[0]), num(r[1]), ((Number) r[2]).intValue(), ((Date) r[3]).toLocalDate(),
                ((Date) r[4]).toLocalDate(), bool(r[5]), (String) r[6], num(r[7]), num(r[8]),
                new Appropriation.Balances(num(r[9]), num(r[10]), num(r[11]), num(r[12])), num(r[13]), num(r[14]), num(r[15]), num(r[16]), num(r[17]),
                num(r[18]), num(r[19]), num(r[20]), num(r[21]), new Appropriation.Balances(num(r[22]), num(r[23]), num(r[24]), num(r[25])),
                (String) r[26], (String) r[27], (String) r[28], Payouts.instant(r[29]), r[30] == null ? null : num(r[30]),
                r[31] == null ? null : ((Date) r[31]).toLocalDate(), (String) r[32])).toList();
    }

    private static void requireAdopted(Proposal p) {
        if (!"ADOPTED".equals(p.state())) {
            throw ProblemException.conflict("surplus-not-adopted", "The dividends of " + p.fiscalYear() + " are paid once the general assembly "
                    + "has adopted the appropriation; this proposal is " + p.state().toLowerCase().replace('_', ' ') + ".");
        }
    }

    private static void entry(List<Object[]> entries, Proposal p, String posting, String account, Long member, long debit, long credit, Instant at) {
        if (debit == 0 && credit == 0) {
            return;
        }
        entries.add(new Object[] {p.coopId(), p.id(), posting, account, member, debit, credit, Timestamp.from(at)});
    }

    private static long ppm(BigInteger measure, BigInteger total) {
        return total.signum() == 0 ? 0 : measure.multiply(BigInteger.valueOf(1_000_000)).divide(total).longValueExact();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
