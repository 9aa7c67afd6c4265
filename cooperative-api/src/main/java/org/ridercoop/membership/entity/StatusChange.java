package org.ridercoop.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One dated change of a membership's status, with who recorded it. Never changed afterwards. */
@Entity
@Table(name = "membership_status_change")
@NamedQuery(name = StatusChange.OF_MEMBERSHIP, query = "SELECT c FROM StatusChange c WHERE c.membershipId = :membershipId ORDER BY c.id")
public class StatusChange {
    public static final String OF_MEMBERSHIP = "StatusChange.ofMembership";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 12)
    private MembershipStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 12)
    private MembershipStatus toStatus;
    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
    private String recordedBy;
    @Column(updatable = false, length = 1000)
    private String reason;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Membership membership, MembershipStatus from, MembershipStatus to, LocalDate effectiveOn, String recordedBy,
                 String reason) {
        this.coopId = membership.coopId();
        this.membershipId = Objects.requireNonNull(membership.id(), "the membership is stored first");
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveOn = effectiveOn;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
        this.reason = reason;
    }

    /** The first entry of a membership's history: the application, or the founding. */
    public static StatusChange opening(Membership membership, String recordedBy, String reason) {
        return new StatusChange(membership, null, membership.status(),
                membership.joinedOn() != null ? membership.joinedOn() : membership.appliedOn(), recordedBy, reason);
    }

    public MembershipStatus fromStatus() {
        return fromStatus;
    }

    public MembershipStatus toStatus() {
        return toStatus;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String reason() {
        return reason;
    }
}
