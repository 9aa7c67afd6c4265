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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ridercoop.platform.problem.ProblemException;

/**
 * An expulsion (제명, §25) is a case, not a button: a ground the articles allow, the notice to the member at
 * least ten days before the general assembly, and the assembly's special resolution, which alone expels.
 */
@Entity
@Table(name = "expulsion_case")
@NamedQuery(name = ExpulsionCase.OF_MEMBERSHIP, query = "SELECT c FROM ExpulsionCase c WHERE c.membershipId = :membershipId ORDER BY c.id")
@NamedQuery(name = ExpulsionCase.OF_COOP_IN_STATE, query = "SELECT c FROM ExpulsionCase c WHERE c.coopId = :coopId AND c.state = :state "
        + "ORDER BY c.assemblyOn, c.id")
public class ExpulsionCase {
    public static final String OF_MEMBERSHIP = "ExpulsionCase.ofMembership";
    public static final String OF_COOP_IN_STATE = "ExpulsionCase.ofCoopInState";
    public static final int NOTICE_DAYS = 10;

    /** The grounds the articles may name: not using the cooperative for the set period, not paying, or another. */
    public enum Ground { NON_USE, UNPAID, OTHER }

    /** Pending until the general assembly decides, or the board drops the case. */
    public enum State { PENDING, EXPELLED, REJECTED, DROPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Ground ground;
    @Column(nullable = false, updatable = false, length = 2000)
    private String details;
    @Column(name = "notice_given_on", nullable = false, updatable = false)
    private LocalDate noticeGivenOn;
    @Column(name = "assembly_on", nullable = false, updatable = false)
    private LocalDate assemblyOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    @Column(name = "opened_by", nullable = false, updatable = false, length = 200)
    private String openedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Version
    private long version;

    protected ExpulsionCase() {
        // for JPA
    }

    public ExpulsionCase(Membership member, Ground ground, String details, LocalDate noticeGivenOn, LocalDate assemblyOn, String by) {
        if (!member.status().holdsShares()) {
            throw ProblemException.ruleViolated("not-a-member", "Only a current member can be expelled; this membership is "
                    + member.status() + ".");
        }
        long days = ChronoUnit.DAYS.between(noticeGivenOn, assemblyOn);
        if (days < NOTICE_DAYS) {
            throw ProblemException.ruleViolated("notice-period", "The member must be told the ground at least " + NOTICE_DAYS
                    + " days before the general assembly (§25); " + noticeGivenOn + " is " + days + " days before " + assemblyOn + ".");
        }
        this.coopId = member.coopId();
        this.membershipId = member.id();
        this.ground = ground;
        this.details = Cooperative.nfc(details);
        this.noticeGivenOn = noticeGivenOn;
        this.assemblyOn = assemblyOn;
        this.state = State.PENDING;
        this.openedAt = Instant.now();
        this.openedBy = by;
    }

    /** The board withdraws a case before the assembly decides it. */
    public void drop(LocalDate on) {
        decide(State.DROPPED, on);
    }

    /**
     * The general assembly's decision on the case's motion: passed as a special resolution, the member is expelled.
     * (Called by the assemblies feature; the case stays pending until then.)
     */
    public void resolve(boolean passed, LocalDate on) {
        decide(passed ? State.EXPELLED : State.REJECTED, on);
    }

    private void decide(State outcome, LocalDate on) {
        if (state != State.PENDING) {
            throw ProblemException.conflict("case-closed", "The case is already " + state + ".");
        }
        this.state = outcome;
        this.decidedOn = on;
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

    public Ground ground() {
        return ground;
    }

    public String details() {
        return details;
    }

    public LocalDate noticeGivenOn() {
        return noticeGivenOn;
    }

    public LocalDate assemblyOn() {
        return assemblyOn;
    }

    public State state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
