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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** An office held by a member for a term of at most four years (§35). */
@Entity
@Table(name = "board_position")
@NamedQuery(name = BoardPosition.OF_COOP, query = "SELECT b FROM BoardPosition b WHERE b.coopId = :coopId ORDER BY b.position, b.termStart")
public class BoardPosition {
    public static final String OF_COOP = "BoardPosition.ofCoop";
    public static final int MAX_TERM_YEARS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Position position;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    @Version
    private long version;

    protected BoardPosition() {
        // for JPA
    }

    public BoardPosition(Membership holder, Position position, LocalDate termStart, LocalDate termEnd) {
        if (holder.id() == null || holder.status() != MembershipStatus.ACTIVE) {
            throw new IllegalArgumentException("officers are active members");
        }
        if (!termEnd.isAfter(termStart) || termEnd.isAfter(termStart.plusYears(MAX_TERM_YEARS))) {
            throw new IllegalArgumentException("a term ends after it starts and lasts at most four years");
        }
        this.coopId = holder.coopId();
        this.membershipId = holder.id();
        this.position = Objects.requireNonNull(position);
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    public Long id() {
        return id;
    }

    public long membershipId() {
        return membershipId;
    }

    public Position position() {
        return position;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardPosition board && id != null && id.equals(board.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
