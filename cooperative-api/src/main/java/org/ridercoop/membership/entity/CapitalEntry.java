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

/** A line of a member's capital ledger: shares subscribed, capital paid in, or refunded. Never changed afterwards. */
@Entity
@Table(name = "capital_entry")
@NamedQuery(name = CapitalEntry.OF_MEMBERSHIP, query = "SELECT e FROM CapitalEntry e WHERE e.membershipId = :membershipId ORDER BY e.id")
public class CapitalEntry {
    public static final String OF_MEMBERSHIP = "CapitalEntry.ofMembership";

    /** What the line records. */
    public enum Kind { SUBSCRIPTION, PAYMENT, REFUND_PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "membership_id", nullable = false, updatable = false)
    private long membershipId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Kind kind;
    @Column(nullable = false, updatable = false)
    private int shares;
    @Column(nullable = false, updatable = false)
    private long amount;
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
    private String recordedBy;
    @Column(updatable = false, length = 500)
    private String note;

    protected CapitalEntry() {
        // for JPA
    }

    CapitalEntry(Membership membership, Kind kind, int shares, long amount, LocalDate entryDate, String recordedBy, String note) {
        if (shares < 0 || amount < 0) {
            throw new IllegalArgumentException("shares and amounts are not negative");
        }
        this.coopId = membership.coopId();
        this.membershipId = Objects.requireNonNull(membership.id(), "the membership is stored first");
        this.kind = kind;
        this.shares = shares;
        this.amount = amount;
        this.entryDate = entryDate;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
        this.note = note == null || note.isBlank() ? null : Cooperative.nfc(note);
    }

    /** The subscription of an applicant when they are admitted. */
    public static CapitalEntry admission(Membership membership, long sharePrice, LocalDate on, String recordedBy) {
        return new CapitalEntry(membership, Kind.SUBSCRIPTION, membership.shares(), membership.subscribedWon(sharePrice), on,
                recordedBy, "admission");
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public int shares() {
        return shares;
    }

    public long amount() {
        return amount;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String note() {
        return note;
    }
}
