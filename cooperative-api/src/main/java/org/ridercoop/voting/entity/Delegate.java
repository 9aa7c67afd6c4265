package org.ridercoop.voting.entity;

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
import org.ridercoop.platform.problem.ProblemException;

/**
 * A delegate (대의원, §31): a member elected to the delegates' assembly for a term. Ended early when they leave the
 * office or the cooperative.
 */
@Entity
@Table(name = "delegate")
@NamedQuery(name = Delegate.OF_COOP, query = "SELECT d FROM Delegate d WHERE d.coopId = :coopId ORDER BY d.termStart DESC, d.id DESC")
public class Delegate {
    public static final String OF_COOP = "Delegate.ofCoop";
    /** Terms as for officers: at most four years (§35, applied to delegates by the standard articles). */
    static final int MAX_TERM_YEARS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Column(name = "term_start", nullable = false, updatable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false, updatable = false)
    private LocalDate termEnd;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected Delegate() {
        // for JPA
    }

    public Delegate(long coopId, long membershipId, LocalDate termStart, LocalDate termEnd, String recordedBy, Instant recordedAt) {
        if (!termEnd.isAfter(termStart)) {
            throw ProblemException.invalidField("termEnd", "must be after termStart");
        }
        if (termEnd.isAfter(termStart.plusYears(MAX_TERM_YEARS))) {
            throw ProblemException.ruleViolated("delegate-term", "A delegate's term is at most " + MAX_TERM_YEARS + " years.");
        }
        this.coopId = coopId;
        this.membershipId = membershipId;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** In office on that day: within the term, and not ended before it. */
    public boolean inOffice(LocalDate day) {
        return !day.isBefore(termStart) && !day.isAfter(termEnd) && (endedOn == null || day.isBefore(endedOn));
    }

    /** Whether this term and another of the same member share a day (one term in force at a time). */
    public boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate last = endedOn == null ? termEnd : endedOn.minusDays(1);
        return !start.isAfter(last) && !end.isBefore(termStart);
    }

    /** The office ends on {@code day} (the delegate no longer serves from that day). */
    public void end(LocalDate day) {
        if (endedOn != null || day.isAfter(termEnd)) {
            throw ProblemException.conflict("delegate-ended", "This delegate's term has already ended.");
        }
        if (day.isBefore(termStart)) {
            throw ProblemException.invalidField("endedOn", "cannot be before the term starts");
        }
        endedOn = day;
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

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
