package org.ridercoop.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Objects;

/** A cooperative registered on the platform: the tenant every cooperative-owned record belongs to. */
@Entity
@Table(name = "cooperative")
@NamedQuery(name = Cooperative.ALL, query = "SELECT c FROM Cooperative c ORDER BY c.id")
@NamedQuery(name = Cooperative.BY_REGISTRATION, query = "SELECT c FROM Cooperative c WHERE c.registrationNumber = :number")
public class Cooperative {
    public static final String ALL = "Cooperative.all";
    public static final String BY_REGISTRATION = "Cooperative.byRegistration";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;
    @Column(name = "name_romanized", nullable = false, length = 200)
    private String nameRomanized;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CooperativeKind kind;
    @Column(name = "registration_number", nullable = false, updatable = false, length = 40)
    private String registrationNumber;
    @Column(name = "fiscal_year_start_month", nullable = false)
    private int fiscalYearStartMonth;
    @Column(name = "share_price", nullable = false)
    private long sharePrice;
    @Embedded
    private Articles articles;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Version
    private long version;

    protected Cooperative() {
        // for JPA
    }

    public Cooperative(String nameKo, String nameRomanized, CooperativeKind kind, String registrationNumber,
                       int fiscalYearStartMonth, long sharePrice, Articles articles, Instant registeredAt) {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 || sharePrice <= 0) {
            throw new IllegalArgumentException("fiscal year month 1-12 and a positive share price are required");
        }
        this.nameKo = nfc(nameKo);
        this.nameRomanized = nfc(nameRomanized);
        this.kind = Objects.requireNonNull(kind);
        this.registrationNumber = registrationNumber.strip();
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.sharePrice = sharePrice;
        this.articles = Objects.requireNonNull(articles);
        this.registeredAt = registeredAt;
    }

    /** Trimmed and composed (NFC): the same Korean name typed on any device is stored the same way. */
    public static String nfcOf(String text) {
        return nfc(text);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public Long id() {
        return id;
    }

    public String nameKo() {
        return nameKo;
    }

    public String nameRomanized() {
        return nameRomanized;
    }

    public CooperativeKind kind() {
        return kind;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public int fiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public long sharePrice() {
        return sharePrice;
    }

    public Articles articles() {
        return articles;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cooperative cooperative && id != null && id.equals(cooperative.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
