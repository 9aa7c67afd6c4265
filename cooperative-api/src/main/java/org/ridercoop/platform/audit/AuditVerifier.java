package org.ridercoop.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Recomputes audit chains from their records, page by page, and names the first broken link. */
@ApplicationScoped
public class AuditVerifier {
    private static final int PAGE = 1_000;

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    public List<ChainVerification> verifyAll() {
        return em.createNamedQuery(AuditRecord.CHAINS, String.class).getResultList().stream().map(this::verify).toList();
    }

    public ChainVerification verify(String chain) {
        ChainVerification.Walker walker = new ChainVerification.Walker(chain);
        long after = 0;
        while (true) {
            List<AuditRecord> page = em.createNamedQuery(AuditRecord.OF_CHAIN, AuditRecord.class)
                    .setParameter("chain", chain).setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (AuditRecord record : page) {
                AuditLink link = record.link();
                if (!walker.accept(record.id(), link)) {
                    return walker.result();
                }
                after = link.seq();
            }
            em.clear();
            if (page.size() < PAGE) {
                return walker.result();
            }
        }
    }
}
