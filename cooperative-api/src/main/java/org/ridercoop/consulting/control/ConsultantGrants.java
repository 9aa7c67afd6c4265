package org.ridercoop.consulting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ridercoop.consulting.entity.ConsultantGrant;

/** The grants of consultants. */
@ApplicationScoped
public class ConsultantGrants {
    @PersistenceContext(unitName = "coop")
    EntityManager em;

    public ConsultantGrant add(ConsultantGrant grant) {
        em.persist(grant);
        em.flush();
        return grant;
    }

    public List<ConsultantGrant> of(long coopId) {
        return em.createNamedQuery(ConsultantGrant.OF_COOP, ConsultantGrant.class).setParameter("coopId", coopId).getResultList();
    }

    public Optional<ConsultantGrant> inForce(long coopId, String email) {
        return em.createNamedQuery(ConsultantGrant.ACTIVE, ConsultantGrant.class)
                .setParameter("coopId", coopId).setParameter("email", email).getResultStream().findFirst();
    }

    /** A grant of this cooperative: another cooperative's id is not found. */
    public Optional<ConsultantGrant> byId(long coopId, long id) {
        return Optional.ofNullable(em.find(ConsultantGrant.class, id)).filter(g -> g.coopId() == coopId);
    }

    public void flush() {
        em.flush();
    }
}
