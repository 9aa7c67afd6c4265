package org.ridercoop.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.MeetingKind;
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

    @PersistenceContext(unitName = "coop")
    EntityManager em;

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

    public int fixRoll(Meeting meeting, LocalDate today) {
        return meeting.kind() == MeetingKind.BOARD_MEETING
                ? em.createNativeQuery(DIRECTORS_ROLL).setParameter(1, meeting.id()).setParameter(2, meeting.coopId()).setParameter(3, today)
                        .executeUpdate()
                : em.createNativeQuery(MEMBERS_ROLL).setParameter(1, meeting.id()).setParameter(2, meeting.coopId()).executeUpdate();
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

    public void flush() {
        em.flush();
    }
}
