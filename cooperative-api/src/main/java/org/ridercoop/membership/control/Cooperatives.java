package org.ridercoop.membership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.tenancy.Relations;

/** The cooperatives, their member registers and their officers. */
@ApplicationScoped
public class Cooperatives {
    @PersistenceContext(unitName = "coop")
    EntityManager em;

    @Inject
    Relations relations;

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

    /** The cooperatives that granted a consultant access, by verified e-mail. */
    public List<Cooperative> grantedTo(String verifiedEmail) {
        return relations.grantedCooperatives(verifiedEmail).stream().map(id -> em.find(Cooperative.class, id)).toList();
    }

    /** The cooperatives a person is a current member of, by account or by verified e-mail. */
    public List<Cooperative> ofMember(String subject, String verifiedEmail) {
        return relations.membershipsOf(subject, verifiedEmail).stream().filter(Relations.MembershipRef::current)
                .map(Relations.MembershipRef::coopId).distinct().map(id -> em.find(Cooperative.class, id)).toList();
    }

    public List<Membership> members(long coopId) {
        return em.createNamedQuery(Membership.OF_COOP, Membership.class).setParameter("coopId", coopId).getResultList();
    }

    public List<BoardPosition> board(long coopId) {
        return em.createNamedQuery(BoardPosition.OF_COOP, BoardPosition.class).setParameter("coopId", coopId).getResultList();
    }
}
