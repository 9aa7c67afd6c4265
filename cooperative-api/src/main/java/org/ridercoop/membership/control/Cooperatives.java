package org.ridercoop.membership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;

/** The cooperatives, their member registers and their officers. */
@ApplicationScoped
public class Cooperatives {
    private static final String RELATED_SQL = """
            SELECT DISTINCT m.coop_id FROM membership m LEFT JOIN person p ON p.id = m.person_id
            WHERE m.status IN ('ACTIVE', 'WITHDRAWING')
              AND (p.subject = ?1 OR (m.person_id IS NULL AND ?2 IS NOT NULL AND m.email = ?2))
            ORDER BY m.coop_id""";

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    public Cooperative add(Cooperative cooperative) {
        em.persist(cooperative);
        em.flush();
        return cooperative;
    }

    public Membership add(Membership membership) {
        em.persist(membership);
        em.flush();
        return membership;
    }

    public BoardPosition add(BoardPosition position) {
        em.persist(position);
        return position;
    }

    public Optional<Cooperative> byId(long id) {
        return Optional.ofNullable(em.find(Cooperative.class, id));
    }

    public Optional<Cooperative> byRegistrationNumber(String number) {
        return em.createNamedQuery(Cooperative.BY_REGISTRATION, Cooperative.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public List<Cooperative> all() {
        return em.createNamedQuery(Cooperative.ALL, Cooperative.class).getResultList();
    }

    private static final String GRANTED_SQL = """
            SELECT DISTINCT g.coop_id FROM consultant_grant g WHERE g.consultant_email = ?1 AND g.revoked_at IS NULL ORDER BY g.coop_id""";

    /** The cooperatives that granted a consultant access, by verified e-mail. */
    public List<Cooperative> grantedTo(String verifiedEmail) {
        if (verifiedEmail == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(GRANTED_SQL).setParameter(1, verifiedEmail).getResultList();
        return ids.stream().map(id -> em.find(Cooperative.class, id.longValue())).toList();
    }

    /** The cooperatives a person is an active member of, by account or by verified e-mail. */
    public List<Cooperative> ofMember(String subject, String verifiedEmail) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(RELATED_SQL).setParameter(1, subject).setParameter(2, verifiedEmail).getResultList();
        return ids.stream().map(id -> em.find(Cooperative.class, id.longValue())).toList();
    }

    public List<Membership> members(long coopId) {
        return em.createNamedQuery(Membership.OF_COOP, Membership.class).setParameter("coopId", coopId).getResultList();
    }

    public List<BoardPosition> board(long coopId) {
        return em.createNamedQuery(BoardPosition.OF_COOP, BoardPosition.class).setParameter("coopId", coopId).getResultList();
    }
}
