package org.ridercoop.shifts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.ridercoop.platform.problem.ProblemException;

/**
 * What a rider did in a stretch of work: when, how many deliveries, how far, what it earned. A rider's own record
 * waits for the board's confirmation; the board's and imported ones are confirmed. Confirmed records are the
 * patronage measure of payouts and dividends.
 */
@Entity
@Table(name = "work_record")
public class WorkRecord {
    public enum Status { SUBMITTED, CONFIRMED, REJECTED }

    public enum Source { RIDER, BOARD, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Column(name = "shift_id", updatable = false)
    private Long shiftId;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;
    @Column(nullable = false, updatable = false)
    private int deliveries;
    @Column(name = "distance_m", nullable = false, updatable = false)
    private int distanceMetres;
    @Column(name = "income_won", nullable = false, updatable = false)
    private long incomeWon;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Source source;
    @Column(name = "import_key", length = 64, updatable = false)
    private String importKey;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "decided_by", length = 200)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reject_reason", length = 200)
    private String rejectReason;
    @Version
    private long version;

    protected WorkRecord() {
        // for JPA
    }

    public WorkRecord(long coopId, long membershipId, Long shiftId, Instant startedAt, Instant endedAt, int deliveries, int distanceMetres,
                      long incomeWon, Source source, String importKey, String recordedBy, Instant recordedAt) {
        if (!endedAt.isAfter(startedAt)) {
            throw ProblemException.invalidField("endedAt", "must be after startedAt");
        }
        if (Duration.between(startedAt, endedAt).compareTo(Duration.ofHours(24)) > 0) {
            throw ProblemException.invalidField("endedAt", "a work record is at most 24 hours");
        }
        if (startedAt.isAfter(recordedAt.plus(Duration.ofMinutes(5)))) {
            throw ProblemException.invalidField("startedAt", "work is recorded once it has started");
        }
        this.coopId = coopId;
        this.membershipId = membershipId;
        this.shiftId = shiftId;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.deliveries = deliveries;
        this.distanceMetres = distanceMetres;
        this.incomeWon = incomeWon;
        this.source = source;
        this.importKey = importKey;
        this.status = source == Source.RIDER ? Status.SUBMITTED : Status.CONFIRMED;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        if (status == Status.CONFIRMED) {
            decidedBy = recordedBy;
            decidedAt = recordedAt;
        }
    }

    /** The board confirms or rejects a rider's record, once. */
    public void decide(boolean confirm, String reason, String by, Instant now) {
        if (status != Status.SUBMITTED) {
            throw ProblemException.conflict("work-record-decided", "This work record is already " + status.name().toLowerCase() + ".");
        }
        status = confirm ? Status.CONFIRMED : Status.REJECTED;
        rejectReason = confirm ? null : reason;
        decidedBy = by;
        decidedAt = now;
    }

    public long minutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public long membershipId() {
        return membershipId;
    }

    public Long shiftId() {
        return shiftId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public int deliveries() {
        return deliveries;
    }

    public int distanceMetres() {
        return distanceMetres;
    }

    public long incomeWon() {
        return incomeWon;
    }

    public Status status() {
        return status;
    }

    public Source source() {
        return source;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String rejectReason() {
        return rejectReason;
    }
}
