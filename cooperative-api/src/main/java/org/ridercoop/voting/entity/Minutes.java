package org.ridercoop.voting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ridercoop.platform.problem.ProblemException;

/**
 * The minutes of a meeting (§30): the proceedings, and the signatures of the meeting's chair and of at least three
 * members elected at the meeting. The board drafts them after the close; once anyone has signed, they are fixed.
 */
@Entity
@Table(name = "minutes")
public class Minutes {
    /** §30: besides the chair, at least this many members sign. */
    public static final int MIN_MEMBER_SIGNATORIES = 3;

    /** Who signs. */
    public enum Role { CHAIR, MEMBER }

    @Id
    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Lob
    @Column(length = 20000)
    private String proceedings;
    @Column(name = "drafted_by", nullable = false, length = 200)
    private String draftedBy;
    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "minutes_signatory", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Signatory> signatories = new ArrayList<>();
    @Version
    private long version;

    protected Minutes() {
        // for JPA
    }

    public Minutes(long meetingId, long coopId) {
        this.meetingId = meetingId;
        this.coopId = coopId;
    }

    /**
     * Sets (or replaces) the draft: the chair, the members elected to sign, the proceedings.
     *
     * @throws ProblemException 409 once anyone signed; 422 for fewer than three member signatories or the chair among them
     */
    public void draft(long chairId, List<Long> memberIds, String proceedings, String by, Instant at) {
        if (signatories.stream().anyMatch(s -> s.signedAt != null)) {
            throw ProblemException.conflict("minutes-signed", "The minutes have been signed; they can no longer be changed.");
        }
        Set<Long> members = new LinkedHashSet<>(memberIds);
        if (members.size() != memberIds.size()) {
            throw ProblemException.invalidField("signatoryMembershipIds", "a member is named twice");
        }
        if (members.contains(chairId)) {
            throw ProblemException.ruleViolated("chair-not-member-signatory",
                    "The chair signs as chair; at least three other members sign besides (§30).");
        }
        if (members.size() < MIN_MEMBER_SIGNATORIES) {
            throw ProblemException.ruleViolated("minutes-signatories",
                    "The minutes are signed by the chair and at least three members elected at the meeting (§30).");
        }
        signatories.clear();
        signatories.add(new Signatory(chairId, Role.CHAIR));
        members.forEach(id -> signatories.add(new Signatory(id, Role.MEMBER)));
        this.proceedings = proceedings == null || proceedings.isBlank() ? null : Normalizer.normalize(proceedings.strip(), Normalizer.Form.NFC);
        this.draftedBy = by;
        this.draftedAt = at;
    }

    /**
     * The signatory signs.
     *
     * @throws ProblemException 403 for someone who is not a signatory, 409 for a second signature
     */
    public void sign(long membershipId, Instant at) {
        Signatory signatory = signatories.stream().filter(s -> s.membershipId == membershipId).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("You are not a signatory of these minutes."));
        if (signatory.signedAt != null) {
            throw ProblemException.conflict("already-signed", "You have already signed these minutes.");
        }
        // a new element: the collection is written again with the signature
        signatories.set(signatories.indexOf(signatory), new Signatory(membershipId, signatory.role, at));
    }

    /** Drafted and signed by everyone named. */
    public boolean complete() {
        return !signatories.isEmpty() && signatories.stream().allMatch(s -> s.signedAt != null);
    }

    public boolean maySign(long membershipId) {
        return signatories.stream().anyMatch(s -> s.membershipId == membershipId && s.signedAt == null);
    }

    public long meetingId() {
        return meetingId;
    }

    public String proceedings() {
        return proceedings;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    /** The chair first, then the members in the order named. */
    public List<Signatory> signatories() {
        return signatories.stream().sorted(java.util.Comparator.comparing(s -> s.role)).toList();
    }

    /** A signatory and, once they signed, when. */
    @Embeddable
    public static class Signatory {
        @Column(name = "membership_id", nullable = false)
        private long membershipId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 6)
        private Role role;
        @Column(name = "signed_at")
        private Instant signedAt;

        protected Signatory() {
            // for JPA
        }

        Signatory(long membershipId, Role role) {
            this(membershipId, role, null);
        }

        Signatory(long membershipId, Role role, Instant signedAt) {
            this.membershipId = membershipId;
            this.role = role;
            this.signedAt = signedAt;
        }

        public long membershipId() {
            return membershipId;
        }

        public Role role() {
            return role;
        }

        public Instant signedAt() {
            return signedAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signatory s && s.membershipId == membershipId && s.role == role && Objects.equals(s.signedAt, signedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(membershipId, role, signedAt);
        }
    }
}
