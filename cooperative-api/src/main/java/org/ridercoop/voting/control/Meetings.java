package org.ridercoop.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.entity.Candidate;
import org.ridercoop.voting.entity.Delegate;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Minutes;
import org.ridercoop.voting.entity.Motion;
import org.ridercoop.voting.entity.Proxy;

/** The meetings of a cooperative, their motions and their voters' rolls. */
@ApplicationScoped
public class Meetings {
    /** Active members, or withdrawing ones whose notice has not yet taken effect, on the record date. */
    private static final String MEMBERS_ROLL = """
            INSERT INTO voter_roll (meeting_id, membership_id)
            SELECT ?1, m.id FROM membership m WHERE m.coop_id = ?2 AND m.status IN ('ACTIVE', 'WITHDRAWING')""";
    /** §32: a board meeting's voters are the directors (the chair among them) in office that day. */
    private static final String DIRECTORS_ROLL = """
            INSERT INTO voter_roll (meeting_id, membership_id)
            SELECT DISTINCT ?1, b.membership_id FROM board_position b JOIN membership m ON m.id = b.membership_id
            WHERE b.coop_id = ?2 AND b.position IN ('CHAIR', 'DIRECTOR') AND m.status IN ('ACTIVE', 'WITHDRAWING')
              AND ?3 BETWEEN b.term_start AND b.term_end AND (b.vacated_on IS NULL OR ?3 < b.vacated_on)""";

    /** §31: a delegates' assembly's voters are the delegates in office that day. */
    private static final String DELEGATES_ROLL = """
            INSERT INTO voter_roll (meeting_id, membership_id)
            SELECT DISTINCT ?1, d.membership_id FROM delegate d JOIN membership m ON m.id = d.membership_id
            WHERE d.coop_id = ?2 AND m.status IN ('ACTIVE', 'WITHDRAWING')
              AND ?3 BETWEEN d.term_start AND d.term_end AND (d.ended_on IS NULL OR ?3 < d.ended_on)""";

    @PersistenceContext(unitName = "coop")
    EntityManager em;
    @jakarta.inject.Inject
    org.ridercoop.membership.control.Memberships memberships;

    public int currentMembers(long coopId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM membership WHERE coop_id = ?1 AND status IN ('ACTIVE', 'WITHDRAWING')")
                .setParameter(1, coopId).getSingleResult()).intValue();
    }

    /** Stores a meeting just called. */
    public Meeting call(Meeting meeting) {
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    public void add(Motion motion) {
        em.persist(motion);
    }

    /**
     * Puts the candidates on an election's ballot, numbered in the order given: active members of the cooperative.
     *
     * @throws ProblemException 422 naming a candidate who is not an active member
     */
    public List<Candidate> nominate(Motion motion, List<Long> membershipIds) {
        em.flush();
        List<Candidate> candidates = new java.util.ArrayList<>();
        int number = 1;
        for (Long id : membershipIds) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT name, member_number FROM membership WHERE id = ?1 AND coop_id = ?2 AND status IN ('ACTIVE', 'WITHDRAWING')")
                    .setParameter(1, id).setParameter(2, motion.coopId()).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.ruleViolated("candidate-not-member",
                        "Candidate " + id + " is not an active member of this cooperative: officers are elected from the members.");
            }
            Candidate candidate = new Candidate(motion.id(), number++, id, (String) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue());
            em.persist(candidate);
            candidates.add(candidate);
        }
        return candidates;
    }

    public List<Candidate> candidates(long motionId) {
        return em.createNamedQuery(Candidate.OF_MOTION, Candidate.class).setParameter("motionId", motionId).getResultList();
    }

    public int fixRoll(Meeting meeting, LocalDate today) {
        return switch (meeting.kind()) {
            case BOARD_MEETING -> em.createNativeQuery(DIRECTORS_ROLL).setParameter(1, meeting.id()).setParameter(2, meeting.coopId())
                    .setParameter(3, today).executeUpdate();
            case DELEGATES_ASSEMBLY -> em.createNativeQuery(DELEGATES_ROLL).setParameter(1, meeting.id()).setParameter(2, meeting.coopId())
                    .setParameter(3, today).executeUpdate();
            default -> em.createNativeQuery(MEMBERS_ROLL).setParameter(1, meeting.id()).setParameter(2, meeting.coopId()).executeUpdate();
        };
    }

    /** §31: delegates are at least a tenth of the members; a hundred suffice. */
    public static int delegatesNeeded(int members) {
        return Math.min(100, (members + 9) / 10);
    }

    public List<Delegate> delegates(long coopId) {
        return em.createNamedQuery(Delegate.OF_COOP, Delegate.class).setParameter("coopId", coopId).getResultList();
    }

    public Delegate delegate(long coopId, long delegateId, boolean lock) {
        Delegate delegate = em.find(Delegate.class, delegateId);
        if (delegate == null || delegate.coopId() != coopId) {
            throw ProblemException.notFound("Delegate " + delegateId);
        }
        if (lock) {
            em.lock(delegate, LockModeType.PESSIMISTIC_WRITE);
        }
        return delegate;
    }

    public Delegate add(Delegate delegate) {
        em.persist(delegate);
        em.flush();
        return delegate;
    }

    /** Locks the cooperative's row: delegates of one cooperative are recorded one at a time. */
    public void lockCooperative(long coopId) {
        memberships.lock(coopId);
    }

    public List<Meeting> of(long coopId) {
        return em.createNamedQuery(Meeting.OF_COOP, Meeting.class).setParameter("coopId", coopId).getResultList();
    }

    /** A meeting of the cooperative; another cooperative's answers as if it did not exist. */
    public Meeting meeting(long coopId, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.coopId() != coopId) {
            throw ProblemException.notFound("Meeting " + meetingId);
        }
        return meeting;
    }

    public Meeting locked(long coopId, long meetingId) {
        Meeting meeting = meeting(coopId, meetingId);
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(meeting);
        return meeting;
    }

    public List<Motion> motions(long meetingId) {
        return em.createNamedQuery(Motion.OF_MEETING, Motion.class).setParameter("meetingId", meetingId).getResultList();
    }

    public Motion motion(Meeting meeting, long motionId) {
        Motion motion = em.find(Motion.class, motionId);
        if (motion == null || motion.meetingId() != meeting.id()) {
            throw ProblemException.notFound("Motion " + motionId);
        }
        return motion;
    }

    /** Registers a proxy; the database's keys refuse a second proxy for a principal and a second principal for a proxy. */
    public Proxy add(Proxy proxy) {
        em.persist(proxy);
        em.flush();
        return proxy;
    }

    public List<Proxy> proxies(long meetingId) {
        return em.createNamedQuery(Proxy.OF_MEETING, Proxy.class).setParameter("meetingId", meetingId).getResultList();
    }

    /** The proxy registered for a principal at a meeting, if any. */
    public java.util.Optional<Proxy> proxyOf(long meetingId, long principalId) {
        return proxies(meetingId).stream().filter(p -> p.principalId() == principalId).findFirst();
    }

    public long rollSize(long meetingId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM voter_roll WHERE meeting_id = ?1").setParameter(1, meetingId)
                .getSingleResult()).longValue();
    }

    public boolean onRoll(long meetingId, long membershipId) {
        return !em.createNativeQuery("SELECT 1 FROM voter_roll WHERE meeting_id = ?1 AND membership_id = ?2")
                .setParameter(1, meetingId).setParameter(2, membershipId).getResultList().isEmpty();
    }

    /** The minutes of a meeting, locked for a change; empty until drafted. */
    public java.util.Optional<Minutes> minutes(long meetingId, boolean lock) {
        Minutes minutes = lock ? em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE) : em.find(Minutes.class, meetingId);
        return java.util.Optional.ofNullable(minutes);
    }

    public Minutes add(Minutes minutes) {
        em.persist(minutes);
        return minutes;
    }

    /** Members who voted on at least one motion, and of them those who did so only through a proxy. */
    public long[] attendance(long meetingId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT COUNT(*), COALESCE(SUM(only_proxy), 0) FROM (
                  SELECT p.membership_id, MIN(p.channel = 'PROXY') AS only_proxy FROM participation p JOIN motion m ON m.id = p.motion_id
                  WHERE m.meeting_id = ?1 GROUP BY p.membership_id) t""").setParameter(1, meetingId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Name and member number of members of the cooperative, by id. */
    public java.util.Map<Long, Object[]> names(long coopId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, member_number, status FROM membership WHERE coop_id = ?1 AND id IN ("
                        + String.join(",", ids.stream().map(id -> Long.toString(id)).toList()) + ")")
                .setParameter(1, coopId).getResultList();
        java.util.Map<Long, Object[]> names = new java.util.HashMap<>();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), new Object[] {r[1], r[2] == null ? null : ((Number) r[2]).intValue(), r[3]}));
        return names;
    }

    public void flush() {
        em.flush();
    }

    /**
     * The meetings whose voting has ended and that still hold a decision to carry out (a pending expulsion case, a
     * surplus proposal on their agenda), as (cooperative, meeting) pairs.
     */
    public List<long[]> undecided(java.time.Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT mt.coop_id, mt.id FROM motion mo JOIN meeting mt ON mt.id = mo.meeting_id
                LEFT JOIN expulsion_case e ON e.id = mo.expulsion_case_id AND e.state = 'PENDING'
                LEFT JOIN surplus_proposal s ON s.id = mo.surplus_proposal_id AND s.state = 'ON_AGENDA'
                WHERE mt.voting_closes_at < ?1 AND (e.id IS NOT NULL OR s.id IS NOT NULL)""")
                .setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
    }
}
