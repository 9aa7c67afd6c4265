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
import java.util.Locale;
import java.util.Objects;

/** A person's membership of one cooperative, from application to leaving. */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.OF_COOP, query = "SELECT m FROM Membership m WHERE m.coopId = :coopId ORDER BY m.memberNumber, m.id")
public class Membership {
    public static final String OF_COOP = "Membership.ofCoop";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "person_id")
    private Long personId;
    @Column(name = "member_number")
    private Integer memberNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MembershipStatus status;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 320)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(nullable = false)
    private int shares;
    @Column(nullable = false)
    private boolean founder;
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Version
    private long version;

    protected Membership() {
        // for JPA
    }

    private Membership(long coopId, String name, String email, String phone, int shares, LocalDate on) {
        if (shares < 1) {
            throw new IllegalArgumentException("every member holds at least one share");
        }
        this.coopId = coopId;
        this.name = Cooperative.nfc(name);
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.shares = shares;
        this.appliedOn = on;
    }

    /** A founder is a member from the day the cooperative is registered, with the next member number. */
    public static Membership founder(long coopId, int memberNumber, String name, String email, String phone, int shares,
                                     LocalDate on) {
        Membership membership = new Membership(coopId, name, email, phone, shares, on);
        membership.founder = true;
        membership.status = MembershipStatus.ACTIVE;
        membership.memberNumber = memberNumber;
        membership.joinedOn = on;
        return membership;
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public Integer memberNumber() {
        return memberNumber;
    }

    public MembershipStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public int shares() {
        return shares;
    }

    public boolean founder() {
        return founder;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership membership && id != null && id.equals(membership.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
