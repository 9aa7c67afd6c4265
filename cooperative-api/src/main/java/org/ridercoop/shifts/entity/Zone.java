package org.ridercoop.shifts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An area of the city that shifts are published for. */
@Entity
@Table(name = "zone")
@NamedQuery(name = Zone.OF_COOP, query = "SELECT z FROM Zone z WHERE z.coopId = :coopId ORDER BY z.name")
public class Zone {
    public static final String OF_COOP = "Zone.ofCoop";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "coop_id", nullable = false, updatable = false)
    private long coopId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Zone() {
        // for JPA
    }

    public Zone(long coopId, String name, Instant createdAt) {
        this.coopId = coopId;
        this.name = name.strip();
        this.createdAt = createdAt;
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

    public boolean active() {
        return active;
    }
}
