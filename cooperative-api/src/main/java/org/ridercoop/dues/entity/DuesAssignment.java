package org.ridercoop.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A member on a plan other than the standard one, from a day on (e.g. reduced dues for their first year). */
@Entity
@Table(name = "dues_assignment")
@NamedQuery(name = DuesAssignment.OF_MEMBER, query = "SELECT a FROM DuesAssignment a WHERE a.membershipId = :membershipId ORDER BY a.startsOn, a.id")
public class DuesAssignment {
    public static final String OF_MEMBER = "DuesAssignment.ofMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;
    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "assigned_by", nullable = false, updatable = false, length = 200)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;
    @Version
    private long version;

    protected DuesAssignment() {
        // for JPA
    }

    public DuesAssignment(long coopId, long membershipId, long planId, LocalDate startsOn, String by, Instant at) {
        this.coopId = coopId;
        this.membershipId = membershipId;
        this.planId = planId;
        this.startsOn = startsOn;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether it is still open on or after {@code day} (so a change from that day ends it). */
    public boolean openOn(LocalDate day) {
        return endsOn == null || !endsOn.isBefore(day);
    }

    public void endOn(LocalDate lastDay) {
        endsOn = lastDay;
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String assignedBy() {
        return assignedBy;
    }
}
