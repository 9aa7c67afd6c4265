-- People known to the platform by their Keycloak subject. Memberships (next migrations) refer to them.
CREATE TABLE person (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject      VARCHAR(64)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(320) NULL,
    language     CHAR(2)      NOT NULL DEFAULT 'ko',
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_person_language CHECK (language IN ('ko', 'en')),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_subject UNIQUE (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
