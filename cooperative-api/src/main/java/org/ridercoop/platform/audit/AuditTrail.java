package org.ridercoop.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.ridercoop.platform.security.Caller;

/**
 * Appends to the audit trail inside the transaction of the change it records: both are kept, or neither.
 * Appends to one chain are serialised by a lock on the chain's head row.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String PLATFORM_CHAIN = "platform";

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    @Inject
    Caller caller;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Clock clock = Clock.systemUTC();

    /** Records a change made by the signed-in caller. {@code before} and {@code after} are snapshots (or null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long coopId, String action, String entityType, Object entityId, Object before, Object after) {
        record(currentActor(), coopId, action, entityType, entityId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, Long coopId, String action, String entityType, Object entityId, Object before, Object after) {
        String chain = chainOf(coopId);
        // the head is locked for update straight away: an INSERT IGNORE on an existing head would first take a shared
        // lock, and two writers holding it would deadlock on their way to the exclusive one
        Object[] head = lockHead(chain);
        if (head == null) {
            em.createNativeQuery("INSERT IGNORE INTO audit_chain_head (chain, last_seq, last_hash) VALUES (?, 0, ?)")
                    .setParameter(1, chain).setParameter(2, AuditLink.GENESIS).executeUpdate();
            head = lockHead(chain);
        }
        long seq = ((Number) head[0]).longValue() + 1;
        AuditLink link = AuditLink.next(chain, seq, coopId, Instant.now(clock), actor.subject(), actor.name(), action,
                entityType, String.valueOf(entityId), json(before), json(after), (String) head[1]);
        em.persist(new AuditRecord(link));
        em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE chain = ?")
                .setParameter(1, seq).setParameter(2, link.hash()).setParameter(3, chain).executeUpdate();
    }

    private Object[] lockHead(String chain) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE chain = ? FOR UPDATE")
                .setParameter(1, chain).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static String chainOf(Long coopId) {
        return coopId == null ? PLATFORM_CHAIN : "coop:" + coopId;
    }

    private Actor currentActor() {
        try {
            return new Actor(caller.subject(), caller.displayName());
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }

    private String json(Object snapshot) {
        return snapshot == null ? null : jsonb.toJson(snapshot);
    }
}
