package org.ridercoop.consulting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Read access of one consultant (by verified e-mail address) to one cooperative, from grant to revocation. */
@Entity
@Table(name = "consultant_grant")
@NamedQuery(name = ConsultantGrant.OF_COOP, query = "SELECT g FROM ConsultantGrant g WHERE g.coopId = :coopId ORDER BY g.grantedAt DESC, g.id DESC")
@NamedQuery(name = ConsultantGrant.ACTIVE, query = "SELECT g FROM ConsultantGrant g WHERE g.coopId = :coopId AND g.consultantEmail = :email AND g.revokedAt IS NULL")
public class ConsultantGrant {
    public static final String OF_COOP = "ConsultantGrant.ofCoop";
    public static final String ACTIVE = "ConsultantGrant.active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "consultant_email", nullable = false, updatable = false, length = 320)
    private String consultantEmail;
    @Column(name = "consultant_name", nullable = false, updatable = false, length = 200)
    private String consultantName;
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;
    @Column(name = "granted_by", nullable = false, updatable = false, length = 64)
    private String grantedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by", length = 64)
    private String revokedBy;
    @Version
    private long version;

    protected ConsultantGrant() {
        // for JPA
    }

    public ConsultantGrant(long coopId, String email, String name, Instant at, String by) {
        this.coopId = coopId;
        this.consultantEmail = email.strip().toLowerCase(Locale.ROOT);
        this.consultantName = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        this.grantedAt = at;
        this.grantedBy = Objects.requireNonNull(by);
    }

    /** Ends the access; a grant is revoked once. */
    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw new IllegalStateException("already revoked");
        }
        this.revokedAt = at;
        this.revokedBy = Objects.requireNonNull(by);
    }

    public boolean inForce() {
        return revokedAt == null;
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public String consultantEmail() {
        return consultantEmail;
    }

    public String consultantName() {
        return consultantName;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultantGrant grant && id != null && id.equals(grant.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
