package org.ridercoop.dues.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ridercoop.platform.problem.ProblemException;

/**
 * A dues plan: a monthly fee in whole won from a day on, until it ends. The standard plan is what members pay
 * unless the board puts them on another (e.g. reduced for newcomers); one standard plan is in force at a time.
 */
@Entity
@Table(name = "dues_plan")
@NamedQuery(name = DuesPlan.OF_COOP, query = "SELECT p FROM DuesPlan p WHERE p.coopId = :coopId ORDER BY p.standard DESC, p.startsOn DESC, p.id DESC")
public class DuesPlan {
    public static final String OF_COOP = "DuesPlan.ofCoop";
    /** The most a monthly fee may be: 100,000,000 won. */
    public static final long MAX_WON = 100_000_000L;

    /** The highest share of income a plan may take: 30% (3,000 basis points). */
    public static final int MAX_RATE_BP = 3_000;
    /** The most a delivery may cost: 100,000 won. */
    public static final long MAX_PER_DELIVERY_WON = 100_000L;

    /**
     * How the fee is worked out: a flat fee a month; or, from the previous month's confirmed work records, a fee per
     * delivery or a share of the income earned (rounded down to the won).
     */
    public enum Kind { FLAT_MONTHLY, PER_DELIVERY, PERCENT_OF_INCOME }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(nullable = false, updatable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;
    @Column(name = "amount_won", nullable = false, updatable = false)
    private long amountWon;
    @Column(name = "rate_bp", updatable = false)
    private Integer rateBasisPoints;
    @Column(nullable = false, updatable = false)
    private boolean standard;
    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected DuesPlan() {
        // for JPA
    }

    /** A flat monthly fee. */
    public DuesPlan(long coopId, String name, long amountWon, boolean standard, LocalDate startsOn, LocalDate endsOn, String by, Instant at) {
        this(coopId, name, Kind.FLAT_MONTHLY, amountWon, null, standard, startsOn, endsOn, by, at);
    }

    /**
     * @param amountWon the monthly fee (flat) or the fee per delivery; 0 for a share of income
     * @param rateBasisPoints the share of income in basis points (150 = 1.5%), only for that kind
     */
    public DuesPlan(long coopId, String name, Kind kind, long amountWon, Integer rateBasisPoints, boolean standard, LocalDate startsOn,
                    LocalDate endsOn, String by, Instant at) {
        switch (kind) {
            case FLAT_MONTHLY -> {
                if (amountWon < 0 || amountWon > MAX_WON) {
                    throw ProblemException.invalidField("monthlyWon", "a whole number of won from 0 to 100,000,000");
                }
            }
            case PER_DELIVERY -> {
                if (amountWon < 1 || amountWon > MAX_PER_DELIVERY_WON) {
                    throw ProblemException.invalidField("perDeliveryWon", "a whole number of won from 1 to 100,000");
                }
            }
            case PERCENT_OF_INCOME -> {
                if (rateBasisPoints == null || rateBasisPoints < 1 || rateBasisPoints > MAX_RATE_BP) {
                    throw ProblemException.invalidField("incomeRateBasisPoints", "from 1 (0.01%) to 3000 (30%)");
                }
                amountWon = 0;
            }
        }
        this.rateBasisPoints = kind == Kind.PERCENT_OF_INCOME ? rateBasisPoints : null;
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "cannot be before startsOn");
        }
        this.coopId = coopId;
        this.name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        this.kind = kind;
        this.amountWon = amountWon;
        this.standard = standard;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** In force on that day (its first and last day included). */
    public boolean inForce(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** The plan ends on {@code lastDay}; a plan ended before cannot end again later. */
    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "cannot be before the plan starts (" + startsOn + ")");
        }
        if (endsOn != null && !lastDay.isBefore(endsOn)) {
            throw ProblemException.conflict("plan-ended", "This plan already ends on " + endsOn + ".");
        }
        endsOn = lastDay;
    }

    public Long id() {
        return id;
    }

    public long coopId() {
        return coopId;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public long amountWon() {
        return amountWon;
    }

    public Integer rateBasisPoints() {
        return rateBasisPoints;
    }

    public boolean standard() {
        return standard;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return "DuesPlan[" + id + ", " + name + ", " + amountWon + " won, " + startsOn + ".." + Objects.toString(endsOn, "") + "]";
    }
}
