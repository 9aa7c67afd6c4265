package org.ridercoop.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One link of an audit chain. Written once, never changed: the application's database user cannot. */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.OF_CHAIN, query = "SELECT r FROM AuditRecord r WHERE r.chain = :chain AND r.seq > :after ORDER BY r.seq")
@NamedQuery(name = AuditRecord.CHAINS, query = "SELECT DISTINCT r.chain FROM AuditRecord r ORDER BY r.chain")
@NamedQuery(name = AuditRecord.LATEST_OF_COOP, query = "SELECT r FROM AuditRecord r WHERE r.coopId = :coopId ORDER BY r.seq DESC")
public class AuditRecord {
    static final String OF_CHAIN = "AuditRecord.ofChain";
    static final String CHAINS = "AuditRecord.chains";
    static final String LATEST_OF_COOP = "AuditRecord.latestOfCoop";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false, length = 40)
    private String chain;
    @Column(nullable = false, updatable = false)
    private long seq;
    @Column(name = "coop_id", updatable = false)
    private Long coopId;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "actor_subject", nullable = false, updatable = false, length = 64)
    private String actorSubject;
    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;
    @Column(nullable = false, updatable = false, length = 80)
    private String action;
    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    private String entityType;
    @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
    private String entityId;
    @Column(name = "before_state", updatable = false)
    private String beforeState;
    @Column(name = "after_state", updatable = false)
    private String afterState;
    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;
    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(AuditLink link) {
        this.chain = link.chain();
        this.seq = link.seq();
        this.coopId = link.coopId();
        this.recordedAt = link.recordedAt();
        this.actorSubject = link.actorSubject();
        this.actorName = link.actorName();
        this.action = link.action();
        this.entityType = link.entityType();
        this.entityId = link.entityId();
        this.beforeState = link.before();
        this.afterState = link.after();
        this.prevHash = link.prevHash();
        this.hash = link.hash();
    }

    /** The content as it was hashed. */
    public AuditLink link() {
        return new AuditLink(chain, seq, coopId, recordedAt, actorSubject, actorName, action, entityType, entityId,
                beforeState, afterState, prevHash, hash);
    }

    public Long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditRecord record && id != null && id.equals(record.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
