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
import java.time.Instant;
import org.ridercoop.platform.problem.ProblemException;

/** A direct swap: one rider proposes their shift for another rider's; it happens when the other accepts. */
@Entity
@Table(name = "shift_swap")
public class ShiftSwap {
    public enum State { PROPOSED, ACCEPTED, DECLINED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "from_membership_id", nullable = false, updatable = false)
    private long fromMembershipId;
    @Column(name = "from_shift_id", nullable = false, updatable = false)
    private long fromShiftId;
    @Column(name = "to_membership_id", nullable = false, updatable = false)
    private long toMembershipId;
    @Column(name = "to_shift_id", nullable = false, updatable = false)
    private long toShiftId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected ShiftSwap() {
        // for JPA
    }

    public ShiftSwap(long coopId, long fromMembershipId, long fromShiftId, long toMembershipId, long toShiftId, Instant createdAt) {
        if (fromMembershipId == toMembershipId) {
            throw ProblemException.invalidField("withMembershipId", "is another rider");
        }
        if (fromShiftId == toShiftId) {
            throw ProblemException.invalidField("theirShiftId", "is another shift than yours");
        }
        this.coopId = coopId;
        this.fromMembershipId = fromMembershipId;
        this.fromShiftId = fromShiftId;
        this.toMembershipId = toMembershipId;
        this.toShiftId = toShiftId;
        this.state = State.PROPOSED;
        this.createdAt = createdAt;
    }

    /** The other rider decides; only a proposed swap can be decided. */
    public void decide(long byMembershipId, boolean accept, Instant now) {
        if (byMembershipId != toMembershipId) {
            throw ProblemException.forbidden("Only the rider asked can accept or decline this swap.");
        }
        requireProposed();
        state = accept ? State.ACCEPTED : State.DECLINED;
        decidedAt = now;
    }

    public void cancel(long byMembershipId, Instant now) {
        if (byMembershipId != fromMembershipId) {
            throw ProblemException.forbidden("Only the rider who proposed this swap can cancel it.");
        }
        requireProposed();
        state = State.CANCELLED;
        decidedAt = now;
    }

    private void requireProposed() {
        if (state != State.PROPOSED) {
            throw ProblemException.conflict("swap-decided", "This swap is already " + state.name().toLowerCase() + ".");
        }
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public long fromMembershipId() {
        return fromMembershipId;
    }

    public long fromShiftId() {
        return fromShiftId;
    }

    public long toMembershipId() {
        return toMembershipId;
    }

    public long toShiftId() {
        return toShiftId;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
