package org.ridercoop.membership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.CapitalEntry;
import org.ridercoop.membership.entity.CapitalRefund;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.membership.entity.StatusChange;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;

/**
 * Memberships within one cooperative: finding them, and what follows from a change (history, capital ledger,
 * the 30% cap, a leaver's refund and offices). Changes that touch the cooperative's shares first lock the
 * cooperative's row, so that two of them never check the cap against the same stale total.
 */
@ApplicationScoped
public class Memberships {
    private static final List<MembershipStatus> HOLDERS = List.of(MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWING);

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The cooperative, locked until the end of the transaction: shares and member numbers change one at a time. */
    public Cooperative lock(long coopId) {
        Cooperative cooperative = em.find(Cooperative.class, coopId, LockModeType.PESSIMISTIC_WRITE);
        if (cooperative == null) {
            throw ProblemException.notFound("Cooperative");
        }
        return cooperative;
    }

    public Cooperative cooperative(long coopId) {
        return Optional.ofNullable(em.find(Cooperative.class, coopId)).orElseThrow(() -> ProblemException.notFound("Cooperative"));
    }

    /** A membership of this cooperative; another cooperative's answers exactly like one that does not exist. */
    public Membership of(long coopId, long membershipId) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || membership.coopId() != coopId) {
            throw ProblemException.notFound("Member " + membershipId);
        }
        return membership;
    }

    /** The register, optionally of one status, optionally matching a text in name, e-mail or member number. */
    public List<Membership> search(long coopId, MembershipStatus status, String text) {
        String needle = text == null || text.isBlank() ? null : Cooperative.nfcOf(text).toLowerCase(Locale.ROOT);
        return em.createNamedQuery(Membership.OF_COOP, Membership.class).setParameter("coopId", coopId).getResultList().stream()
                .filter(m -> status == null || m.status() == status)
                .filter(m -> needle == null || m.name().toLowerCase(Locale.ROOT).contains(needle) || m.email().contains(needle)
                        || m.memberNumber() != null && m.memberNumber().toString().equals(needle))
                .toList();
    }

    public Membership add(Membership membership, String by, String reason) {
        em.persist(membership);
        em.flush();
        em.persist(StatusChange.opening(membership, by, reason));
        return membership;
    }

    public void record(StatusChange change) {
        em.persist(change);
    }

    public void record(CapitalEntry entry) {
        em.persist(entry);
    }

    public int nextMemberNumber(long coopId) {
        Number max = (Number) em.createNativeQuery("SELECT COALESCE(MAX(member_number), 0) FROM membership WHERE coop_id = ?1")
                .setParameter(1, coopId).getSingleResult();
        return max.intValue() + 1;
    }

    /**
     * §22: after a change of {@code changed} (already applied to it), no holder may have more than 30% of all
     * shares. Answers 422 naming the holder over the cap.
     */
    public void requireWithinCap(long coopId, Membership changed) {
        overCap(coopId, changed).ifPresent(holder -> {
            throw ProblemException.ruleViolated("share-cap", holder.name() + " would hold " + holder.shares() + " of "
                    + totalShares(coopId, changed) + " shares, more than " + ShareCap.PERCENT + "% (§22).");
        });
    }

    /** The first holder over the cap once {@code changed} counts with its current shares and status, if any. */
    public Optional<Membership> overCap(long coopId, Membership changed) {
        Map<Membership, Integer> shares = holders(coopId, changed);
        return ShareCap.firstOverCap(shares);
    }

    public long totalShares(long coopId, Membership changed) {
        return holders(coopId, changed).values().stream().mapToLong(Integer::longValue).sum();
    }

    private Map<Membership, Integer> holders(long coopId, Membership changed) {
        Map<Membership, Integer> shares = new LinkedHashMap<>();
        em.createNamedQuery(Membership.HOLDERS, Membership.class).setParameter("coopId", coopId).setParameter("statuses", HOLDERS)
                .getResultList().forEach(m -> shares.put(m, m.shares()));
        if (changed != null) {
            shares.remove(changed);
            if (changed.status().holdsShares() || changed.status() == MembershipStatus.APPLICANT) {
                shares.put(changed, changed.shares());
            }
        }
        return shares;
    }

    /**
     * What follows when a member leaves (withdrawal, death, expulsion): their claim to a refund opens, their offices
     * end, and if the remaining shares now put someone over the cap, that is recorded for the board to act on.
     */
    public void left(Cooperative cooperative, Membership leaver) {
        CapitalRefund refund = CapitalRefund.forLeaver(leaver, cooperative.fiscalYearStartMonth());
        em.persist(refund);
        offices(leaver.id()).forEach(office -> office.vacateOnLeaving(leaver.leftOn()));
        overCap(cooperative.id(), null).ifPresent(holder -> audit.record(cooperative.id(), "share-cap.exceeded", "membership",
                holder.id(), null, Map.of("memberId", holder.id(), "shares", holder.shares(), "totalShares",
                        totalShares(cooperative.id(), null), "after", "member " + leaver.id() + " left")));
    }

    /** Current members' shares and capital, and who (if anyone) is over the cap. */
    public CapitalTotals totals(Cooperative cooperative) {
        List<Membership> all = search(cooperative.id(), null, null);
        List<Membership> current = all.stream().filter(m -> m.status().holdsShares()).toList();
        long shares = current.stream().mapToLong(Membership::shares).sum();
        List<Long> overCap = current.stream().filter(m -> (long) m.shares() * 100 > shares * ShareCap.PERCENT).map(Membership::id).toList();
        return new CapitalTotals(current.size(), (int) all.stream().filter(m -> m.status() == MembershipStatus.APPLICANT).count(), shares,
                shares * cooperative.sharePrice(), current.stream().mapToLong(Membership::paidIn).sum(), overCap);
    }

    /** See {@link #totals}. */
    public record CapitalTotals(int currentMembers, int applicants, long totalShares, long subscribedWon, long paidInWon,
                                List<Long> overCapMemberIds) {
    }

    /** Withdrawals whose notice period has run, in every cooperative. */
    public List<Membership> dueWithdrawals(LocalDate today) {
        return em.createNamedQuery(Membership.DUE_WITHDRAWALS, Membership.class).setParameter("today", today).getResultList();
    }

    public List<StatusChange> history(long membershipId) {
        return em.createNamedQuery(StatusChange.OF_MEMBERSHIP, StatusChange.class).setParameter("membershipId", membershipId)
                .getResultList();
    }

    public List<CapitalEntry> capital(long membershipId) {
        return em.createNamedQuery(CapitalEntry.OF_MEMBERSHIP, CapitalEntry.class).setParameter("membershipId", membershipId)
                .getResultList();
    }

    public Optional<CapitalRefund> refund(long membershipId) {
        return Optional.ofNullable(em.find(CapitalRefund.class, membershipId));
    }

    public List<ExpulsionCase> expulsionCases(long membershipId) {
        return em.createNamedQuery(ExpulsionCase.OF_MEMBERSHIP, ExpulsionCase.class).setParameter("membershipId", membershipId)
                .getResultList();
    }

    /** The cooperative's cases in a state, the soonest assembly first. */
    public List<ExpulsionCase> expulsionCases(long coopId, ExpulsionCase.State state) {
        return em.createNamedQuery(ExpulsionCase.OF_COOP_IN_STATE, ExpulsionCase.class).setParameter("coopId", coopId)
                .setParameter("state", state).getResultList();
    }

    public ExpulsionCase open(ExpulsionCase expulsionCase) {
        em.persist(expulsionCase);
        em.flush();
        return expulsionCase;
    }

    /** A case of the cooperative; another cooperative's answers as if it did not exist. */
    public ExpulsionCase expulsionCase(long coopId, long caseId) {
        ExpulsionCase found = em.find(ExpulsionCase.class, caseId);
        if (found == null || found.coopId() != coopId) {
            throw ProblemException.notFound("Expulsion case " + caseId);
        }
        return found;
    }

    public ExpulsionCase expulsionCase(Membership member, long caseId) {
        ExpulsionCase found = em.find(ExpulsionCase.class, caseId);
        if (found == null || found.membershipId() != member.id()) {
            throw ProblemException.notFound("Expulsion case " + caseId);
        }
        return found;
    }

    public List<BoardPosition> offices(long membershipId) {
        return em.createNamedQuery(BoardPosition.OF_MEMBERSHIP, BoardPosition.class).setParameter("membershipId", membershipId)
                .getResultList();
    }

    /** Reads the membership again from the database (after a lock, to see what another instance committed). */
    public void refresh(Membership membership) {
        em.refresh(membership);
    }

    public void flush() {
        em.flush();
    }
}
