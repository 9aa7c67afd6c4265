package org.ridercoop.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A candidate on an election's ballot, with the number voters mark; the name as it stood when the election was called. */
@Entity
@Table(name = "candidate")
@IdClass(Candidate.Key.class)
@NamedQuery(name = Candidate.OF_MOTION, query = "SELECT c FROM Candidate c WHERE c.motionId = :motionId ORDER BY c.number")
public class Candidate {
    public static final String OF_MOTION = "Candidate.ofMotion";

    @Id
    @Column(name = "motion_id", nullable = false, updatable = false)
    private long motionId;
    @Id
    @Column(nullable = false, updatable = false)
    private int number;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Column(nullable = false, updatable = false, length = 200)
    private String name;
    @Column(name = "member_number", nullable = false, updatable = false)
    private int memberNumber;

    protected Candidate() {
        // for JPA
    }

    public Candidate(long motionId, int number, long membershipId, String name, int memberNumber) {
        this.motionId = motionId;
        this.number = number;
        this.membershipId = membershipId;
        this.name = Objects.requireNonNull(name);
        this.memberNumber = memberNumber;
    }

    public int number() {
        return number;
    }

    public long membershipId() {
        return membershipId;
    }

    public String name() {
        return name;
    }

    public int memberNumber() {
        return memberNumber;
    }

    /** The composite key: motion and ballot number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long motionId;
        private int number;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.motionId == motionId && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(motionId, number);
        }
    }
}
