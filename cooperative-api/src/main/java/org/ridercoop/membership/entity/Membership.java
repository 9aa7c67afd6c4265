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
import org.ridercoop.platform.problem.ProblemException;

/** A person's membership of one cooperative, from application to leaving. */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.OF_COOP, query = "SELECT m FROM Membership m WHERE m.coopId = :coopId ORDER BY m.memberNumber, m.id")
@NamedQuery(name = Membership.HOLDERS, query = "SELECT m FROM Membership m WHERE m.coopId = :coopId AND m.status IN :statuses")
@NamedQuery(name = Membership.DUE_WITHDRAWALS,
        query = "SELECT m FROM Membership m WHERE m.status = org.ridercoop.membership.entity.MembershipStatus.WITHDRAWING AND m.withdrawalEffectiveOn <= :today")
public class Membership {
    public static final String OF_COOP = "Membership.ofCoop";
    public static final String HOLDERS = "Membership.holders";
    public static final String DUE_WITHDRAWALS = "Membership.dueWithdrawals";

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
    @Column(name = "paid_in", nullable = false)
    private long paidIn;
    @Column(nullable = false)
    private boolean founder;
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(name = "withdrawal_notice_on")
    private LocalDate withdrawalNoticeOn;
    @Column(name = "withdrawal_effective_on")
    private LocalDate withdrawalEffectiveOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;
    @Version
    private long version;

    protected Membership() {
        // for JPA
    }

    private Membership(long coopId, String name, String email, String phone, int shares, LocalDate on) {
        if (shares < 1) {
            throw ProblemException.ruleViolated("minimum-share", "Every member holds at least one share (§22).");
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

    /** An application: the person (if they have an account here) subscribes shares they pay once approved. */
    public static Membership applicant(long coopId, Long personId, String name, String email, String phone, int shares,
                                       LocalDate on) {
        Membership membership = new Membership(coopId, name, email, phone, shares, on);
        membership.status = MembershipStatus.APPLICANT;
        membership.personId = personId;
        return membership;
    }

    /** §21: the board admits an applicant, who gets the next member number. */
    public StatusChange approve(int number, LocalDate on, String by) {
        requireStatus(MembershipStatus.APPLICANT, "not-an-applicant", "Only an application can be approved; this membership is " + status + ".");
        this.memberNumber = number;
        this.joinedOn = on;
        return change(MembershipStatus.ACTIVE, on, by, null);
    }

    /** §21: a refusal states its reason. */
    public StatusChange refuse(String reason, LocalDate on, String by) {
        requireStatus(MembershipStatus.APPLICANT, "not-an-applicant", "Only an application can be refused; this membership is " + status + ".");
        this.refusalReason = Cooperative.nfc(reason);
        return change(MembershipStatus.REFUSED, on, by, refusalReason);
    }

    /** §24: notice of withdrawal; it takes effect after the notice period of the articles. */
    public StatusChange giveNotice(LocalDate noticeOn, int noticeDays, String by) {
        requireStatus(MembershipStatus.ACTIVE, "not-active", "Only an active member can give notice; this membership is " + status + ".");
        this.withdrawalNoticeOn = noticeOn;
        this.withdrawalEffectiveOn = noticeOn.plusDays(noticeDays);
        return change(MembershipStatus.WITHDRAWING, noticeOn, by, "notice given, effective " + withdrawalEffectiveOn);
    }

    public boolean withdrawalDue(LocalDate today) {
        return status == MembershipStatus.WITHDRAWING && !withdrawalEffectiveOn.isAfter(today);
    }

    /** The notice period has run: the member has left. */
    public StatusChange completeWithdrawal(String by) {
        requireStatus(MembershipStatus.WITHDRAWING, "not-withdrawing", "No notice of withdrawal is running.");
        this.leftOn = withdrawalEffectiveOn;
        return change(MembershipStatus.WITHDRAWN, withdrawalEffectiveOn, by, null);
    }

    /** Death ends a membership by itself (§24②). */
    public StatusChange die(LocalDate on, String by) {
        if (!status.holdsShares()) {
            throw ProblemException.ruleViolated("not-a-member", "This membership is " + status + ", not current.");
        }
        this.leftOn = on;
        return change(MembershipStatus.DECEASED, on, by, null);
    }

    /** §25: only by a special resolution of the general assembly on a pending case. */
    public StatusChange expel(LocalDate on, String by, String resolution) {
        if (!status.holdsShares()) {
            throw ProblemException.ruleViolated("not-a-member", "This membership is " + status + ", not current.");
        }
        this.leftOn = on;
        return change(MembershipStatus.EXPELLED, on, by, resolution);
    }

    /** More shares: paid afterwards, in one payment or in instalments. */
    public CapitalEntry subscribe(int more, long sharePrice, LocalDate on, String by) {
        if (!status.holdsShares() && status != MembershipStatus.APPLICANT) {
            throw ProblemException.ruleViolated("not-a-member", "This membership is " + status + ", not current.");
        }
        this.shares = Math.addExact(shares, more);
        return new CapitalEntry(this, CapitalEntry.Kind.SUBSCRIPTION, more, Math.multiplyExact(more, sharePrice), on, by, null);
    }

    /** A payment towards the subscription; paid-in capital never exceeds what was subscribed. */
    public CapitalEntry pay(long amount, long sharePrice, LocalDate on, String by, String note) {
        if (!status.holdsShares()) {
            throw ProblemException.ruleViolated("not-a-member", "Capital is paid by current members; this membership is " + status + ".");
        }
        long subscribed = subscribedWon(sharePrice);
        if (Math.addExact(paidIn, amount) > subscribed) {
            throw ProblemException.ruleViolated("overpaid", "Paid-in capital would exceed the subscription: "
                    + (subscribed - paidIn) + " won remain to be paid.");
        }
        this.paidIn += amount;
        return new CapitalEntry(this, CapitalEntry.Kind.PAYMENT, 0, amount, on, by, note);
    }

    public void changeContact(String newName, String newPhone) {
        this.name = Cooperative.nfc(newName);
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    public void linkTo(long person) {
        if (personId == null) {
            this.personId = person;
        }
    }

    public long subscribedWon(long sharePrice) {
        return Math.multiplyExact(shares, sharePrice);
    }

    private void requireStatus(MembershipStatus expected, String slug, String detail) {
        if (status != expected) {
            throw ProblemException.conflict(slug, detail);
        }
    }

    private StatusChange change(MembershipStatus to, LocalDate on, String by, String reason) {
        StatusChange change = new StatusChange(this, status, to, on, by, reason);
        this.status = to;
        return change;
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

    public Long personId() {
        return personId;
    }

    public long paidIn() {
        return paidIn;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public LocalDate withdrawalEffectiveOn() {
        return withdrawalEffectiveOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public String refusalReason() {
        return refusalReason;
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
