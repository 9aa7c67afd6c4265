package org.ridercoop.shifts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.ridercoop.platform.problem.ProblemException;

/** A shift: a zone, a start and an end, the riders wanted. Its places are held by riders (see the places table). */
@Entity
@Table(name = "shift")
public class Shift {
    /** Longer than this is not a shift. */
    public static final Duration LONGEST = Duration.ofHours(16);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(name = "zone_id", nullable = false, updatable = false)
    private long zoneId;
    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;
    @Column(name = "riders_wanted", nullable = false, updatable = false)
    private int ridersWanted;
    @Column(length = 200, updatable = false)
    private String note;
    @Column(name = "template_week", updatable = false)
    private LocalDate templateWeek;
    @Column(name = "published_by", nullable = false, updatable = false, length = 200)
    private String publishedBy;
    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason", length = 200)
    private String cancelReason;
    @Version
    private long version;

    protected Shift() {
        // for JPA
    }

    public Shift(long coopId, long zoneId, Instant startsAt, Instant endsAt, int ridersWanted, String note, LocalDate templateWeek,
                 ShiftRules rules, String publishedBy, Instant publishedAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw ProblemException.invalidField("endsAt", "a shift is at most 16 hours");
        }
        rules.checkShift(new Interval(startsAt, endsAt));
        this.coopId = coopId;
        this.zoneId = zoneId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.ridersWanted = ridersWanted;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.templateWeek = templateWeek;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** Riders can still take, offer or swap it: not cancelled and not begun. */
    public void requireOpen(Instant now) {
        if (cancelledAt != null) {
            throw ProblemException.conflict("shift-cancelled", "This shift was cancelled.");
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.conflict("shift-started", "This shift has already started.");
        }
    }

    public void cancel(String reason, Instant now) {
        requireOpen(now);
        cancelledAt = now;
        cancelReason = reason;
    }

    public Interval interval() {
        return new Interval(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public long zoneId() {
        return zoneId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int ridersWanted() {
        return ridersWanted;
    }

    public String note() {
        return note;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
