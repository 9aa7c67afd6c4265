package org.ridercoop.voting.entity;

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
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A general assembly, a delegates' assembly or a board meeting: called with its notice (7 days ahead for an
 * assembly, §28), its voters fixed on the record date, and a window in which votes are cast.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.OF_COOP, query = "SELECT m FROM Meeting m WHERE m.coopId = :coopId ORDER BY m.startsAt DESC, m.id DESC")
public class Meeting {
    public static final String OF_COOP = "Meeting.ofCoop";
    /** §31: a delegates' assembly may replace the general assembly only above this many members. */
    public static final int DELEGATES_THRESHOLD = 200;

    /** Where a meeting's voting stands at a moment. */
    public enum State { UPCOMING, VOTING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private MeetingKind kind;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(nullable = false, length = 200)
    private String place;
    @Column(name = "record_date", nullable = false, updatable = false)
    private LocalDate recordDate;
    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;
    @Column(name = "voting_opens_at", nullable = false)
    private Instant votingOpensAt;
    @Column(name = "voting_closes_at", nullable = false)
    private Instant votingClosesAt;
    @Column(name = "called_by", nullable = false, updatable = false, length = 200)
    private String calledBy;
    @Version
    private long version;

    protected Meeting() {
        // for JPA
    }

    /**
     * Calls a meeting now: the notice goes out today, which is also the record date of its voters' roll.
     *
     * @param currentMembers the cooperative's current members (a delegates' assembly needs more than 200)
     */
    public Meeting(long coopId, MeetingKind kind, String title, Instant startsAt, String place, Instant votingOpensAt,
                   Instant votingClosesAt, int currentMembers, Instant now, LocalDate today, String calledBy) {
        this.kind = Objects.requireNonNull(kind);
        if (kind == MeetingKind.DELEGATES_ASSEMBLY && currentMembers <= DELEGATES_THRESHOLD) {
            throw ProblemException.ruleViolated("delegates-assembly", "A delegates' assembly may replace the general assembly only above "
                    + DELEGATES_THRESHOLD + " members (§31); this cooperative has " + currentMembers + ".");
        }
        if (startsAt.isBefore(now.plus(Duration.ofDays(kind.noticeDays())))) {
            throw ProblemException.ruleViolated("notice-too-short", "A general assembly is called with its agenda at least "
                    + kind.noticeDays() + " days ahead (§28): it can start " + now.plus(Duration.ofDays(kind.noticeDays())) + " at the earliest.");
        }
        if (!votingClosesAt.isAfter(votingOpensAt) || !votingClosesAt.isAfter(now)) {
            throw ProblemException.ruleViolated("voting-window", "Voting closes after it opens, and in the future.");
        }
        this.coopId = coopId;
        this.title = Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        this.startsAt = startsAt;
        this.place = Normalizer.normalize(place.strip(), Normalizer.Form.NFC);
        this.votingOpensAt = votingOpensAt;
        this.votingClosesAt = votingClosesAt;
        this.noticedAt = now;
        this.recordDate = today;
        this.calledBy = calledBy;
    }

    public State state(Instant now) {
        if (now.isBefore(votingOpensAt)) {
            return State.UPCOMING;
        }
        return now.isBefore(votingClosesAt) ? State.VOTING : State.CLOSED;
    }

    /** A vote is taken only in the window: before it 422, after it 422, each with the reason. */
    public void requireVoting(Instant now) {
        switch (state(now)) {
            case UPCOMING -> throw ProblemException.ruleViolated("voting-not-open", "Voting opens at " + votingOpensAt + ".");
            case CLOSED -> throw ProblemException.ruleViolated("voting-closed", "Voting closed at " + votingClosesAt + ".");
            default -> { }
        }
    }

    /** The board opens voting now, earlier than planned. */
    public void openNow(Instant now) {
        if (state(now) != State.UPCOMING) {
            throw ProblemException.conflict("voting-" + state(now).name().toLowerCase(java.util.Locale.ROOT), "Voting is already " + state(now) + ".");
        }
        this.votingOpensAt = now;
    }

    /** The board closes voting now: the results and the ballot list can be read from this moment. */
    public void closeNow(Instant now) {
        if (state(now) != State.VOTING) {
            throw ProblemException.conflict("voting-" + state(now).name().toLowerCase(java.util.Locale.ROOT), "Voting is " + state(now) + ", not open.");
        }
        this.votingClosesAt = now;
    }

    /** Nobody sees a result while votes may still be cast. */
    public void requireClosed(Instant now) {
        if (state(now) != State.CLOSED) {
            throw ProblemException.conflict("results-sealed", "Results and ballots are sealed until voting closes at " + votingClosesAt + ".");
        }
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public LocalDate recordDate() {
        return recordDate;
    }

    public Instant noticedAt() {
        return noticedAt;
    }

    public Instant votingOpensAt() {
        return votingOpensAt;
    }

    public Instant votingClosesAt() {
        return votingClosesAt;
    }

    public String calledBy() {
        return calledBy;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting meeting && id != null && id.equals(meeting.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
