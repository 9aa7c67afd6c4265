package org.ridercoop.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A member's proxy at one meeting (§23): another member, or a cohabiting family member named with their
 * relationship; always with the written proof (a document's reference). The principal counts as present.
 */
@Entity
@Table(name = "proxy")
@NamedQuery(name = Proxy.OF_MEETING, query = "SELECT p FROM Proxy p WHERE p.meetingId = :meetingId ORDER BY p.id")
public class Proxy {
    public static final String OF_MEETING = "Proxy.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "principal_id", nullable = false, updatable = false)
    private long principalId;
    @Column(name = "proxy_member_id", updatable = false)
    private Long proxyMemberId;
    @Column(name = "proxy_name", updatable = false, length = 200)
    private String proxyName;
    @Column(updatable = false, length = 100)
    private String relationship;
    @Column(nullable = false, updatable = false, length = 500)
    private String proof;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false, updatable = false, length = 200)
    private String registeredBy;

    protected Proxy() {
        // for JPA
    }

    /** Either {@code proxyMemberId} (another member) or {@code proxyName} with {@code relationship} (family). */
    public Proxy(Meeting meeting, long principalId, Long proxyMemberId, String proxyName, String relationship, String proof,
                 Instant now, String by) {
        if (!meeting.kind().proxiesAllowed()) {
            throw ProblemException.ruleViolated("no-proxies", "No proxies at a " + meeting.kind() + " (§31: delegates vote in person).");
        }
        if (meeting.state(now) == Meeting.State.CLOSED) {
            throw ProblemException.ruleViolated("voting-closed", "Voting at this meeting has closed.");
        }
        if ((proxyMemberId == null) == (proxyName == null || proxyName.isBlank())) {
            throw ProblemException.invalidField("proxyMembershipId", "name either another member, or a family member (proxyName)");
        }
        if (proxyName != null && !proxyName.isBlank() && (relationship == null || relationship.isBlank())) {
            throw ProblemException.invalidField("relationship", "is required for a family member (a cohabiting one, §23)");
        }
        if (proxyMemberId != null && proxyMemberId == principalId) {
            throw ProblemException.ruleViolated("proxy-self", "A member cannot be their own proxy.");
        }
        this.coopId = meeting.coopId();
        this.meetingId = meeting.id();
        this.principalId = principalId;
        this.proxyMemberId = proxyMemberId;
        this.proxyName = proxyName == null || proxyName.isBlank() ? null : nfc(proxyName);
        this.relationship = relationship == null || relationship.isBlank() ? null : nfc(relationship);
        this.proof = nfc(proof);
        this.registeredAt = now;
        this.registeredBy = by;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public Long id() {
        return id;
    }

    public long principalId() {
        return principalId;
    }

    public Long proxyMemberId() {
        return proxyMemberId;
    }

    public String proxyName() {
        return proxyName;
    }

    public String relationship() {
        return relationship;
    }

    public String proof() {
        return proof;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
