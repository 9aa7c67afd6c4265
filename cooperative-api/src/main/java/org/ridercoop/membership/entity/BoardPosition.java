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
import org.ridercoop.platform.problem.ProblemException;

/** An office held by a member for a term of at most four years (§35). */
@Entity
@Table(name = "board_position")
@NamedQuery(name = BoardPosition.OF_COOP, query = "SELECT b FROM BoardPosition b WHERE b.coopId = :coopId ORDER BY b.position, b.termStart")
@NamedQuery(name = BoardPosition.OF_MEMBERSHIP, query = "SELECT b FROM BoardPosition b WHERE b.membershipId = :membershipId ORDER BY b.termStart")
public class BoardPosition {
    public static final String OF_COOP = "BoardPosition.ofCoop";
    public static final String OF_MEMBERSHIP = "BoardPosition.ofMembership";
    /** §35: the chair may be re-elected at most twice in a row. */
    public static final int MAX_CONSECUTIVE_CHAIR_TERMS = 3;
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
    @Column(name = "vacated_on")
    private LocalDate vacatedOn;
    @Version
    private long version;

    protected BoardPosition() {
        // for JPA
    }

    public BoardPosition(Membership holder, Position position, LocalDate termStart, LocalDate termEnd) {
        if (holder.id() == null || holder.status() != MembershipStatus.ACTIVE) {
            throw ProblemException.ruleViolated("not-active", "Officers are active members (§34); this membership is " + holder.status() + ".");
        }
        if (!termEnd.isAfter(termStart) || !termEnd.isBefore(termStart.plusYears(MAX_TERM_YEARS))) {
            throw ProblemException.ruleViolated("term-too-long", "A term ends after it starts and lasts at most four years (§35): from "
                    + termStart + " it ends by " + termStart.plusYears(MAX_TERM_YEARS).minusDays(1) + ".");
        }
        this.coopId = holder.coopId();
        this.membershipId = holder.id();
        this.position = Objects.requireNonNull(position);
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** The office is left early (resignation, recall, or the holder leaving): {@code day} is the first day not held. */
    public void vacate(LocalDate day) {
        if (vacatedOn != null) {
            throw ProblemException.conflict("vacated", "This office was already left on " + vacatedOn + ".");
        }
        if (day.isBefore(termStart) || day.isAfter(termEnd)) {
            throw ProblemException.ruleViolated("term-end", "An office is left between " + termStart + " and " + termEnd + ".");
        }
        this.vacatedOn = day;
    }

    /** Vacated by a member who leaves on {@code day}, if the office still runs then. */
    public void vacateOnLeaving(LocalDate day) {
        if (vacatedOn == null && !day.isAfter(termEnd)) {
            this.vacatedOn = day.isBefore(termStart) ? termStart : day;
        }
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(termStart) && !day.isAfter(termEnd) && (vacatedOn == null || day.isBefore(vacatedOn));
    }

    /** The last day actually held (before the term's end if vacated). */
    public LocalDate lastDay() {
        return vacatedOn == null ? termEnd : vacatedOn.minusDays(1);
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(lastDay()) && !end.isBefore(termStart) && !lastDay().isBefore(termStart);
    }

    public LocalDate vacatedOn() {
        return vacatedOn;
    }

    public long coopId() {
        return coopId;
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
