package org.ridercoop.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Objects;

/** A person known to the platform by the subject of their Keycloak account. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_SUBJECT, query = "SELECT p FROM Person p WHERE p.subject = :subject")
public class Person {
    public static final String BY_SUBJECT = "Person.bySubject";
    public static final java.util.Set<String> SUPPORTED_LANGUAGES = java.util.Set.of("ko", "en");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 2)
    private String language = "ko";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(String subject, String displayName, String email) {
        this.subject = require(subject, "subject");
        this.displayName = Normalizer.normalize(require(displayName, "displayName"), Normalizer.Form.NFC);
        this.email = email;
        this.createdAt = Instant.now();
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** The language the person reads the app in: ko or en. */
    public void preferLanguage(String language) {
        if (!SUPPORTED_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        this.language = language;
    }

    public String language() {
        return language;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
