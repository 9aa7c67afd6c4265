-- Cooperatives (tenants), their members and their officers.
CREATE TABLE cooperative (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    name_ko                     VARCHAR(200) NOT NULL,
    name_romanized              VARCHAR(200) NOT NULL,
    kind                        VARCHAR(10)  NOT NULL,
    registration_number         VARCHAR(40)  NOT NULL,
    fiscal_year_start_month     TINYINT      NOT NULL,
    share_price                 BIGINT       NOT NULL,
    nonuse_months_for_expulsion INT          NOT NULL,
    unpaid_months_for_expulsion INT          NOT NULL,
    withdrawal_notice_days      INT          NOT NULL,
    registered_at               TIMESTAMP(6) NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_cooperative_registration UNIQUE (registration_number),
    CONSTRAINT ck_cooperative_kind CHECK (kind IN ('WORKER', 'SOCIAL')),
    CONSTRAINT ck_cooperative_fy CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    CONSTRAINT ck_cooperative_share_price CHECK (share_price > 0),
    CONSTRAINT ck_cooperative_articles CHECK (nonuse_months_for_expulsion > 0 AND unpaid_months_for_expulsion > 0
        AND withdrawal_notice_days >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    person_id     BIGINT       NULL,
    member_number INT          NULL,
    status        VARCHAR(12)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    phone         VARCHAR(40)  NULL,
    shares        INT          NOT NULL,
    founder       BOOLEAN      NOT NULL DEFAULT FALSE,
    applied_on    DATE         NOT NULL,
    joined_on     DATE         NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_membership_number UNIQUE (coop_id, member_number),
    CONSTRAINT uq_membership_email UNIQUE (coop_id, email),
    CONSTRAINT ck_membership_shares CHECK (shares >= 1),
    CONSTRAINT ck_membership_status CHECK (status IN ('APPLICANT', 'ACTIVE', 'WITHDRAWING', 'WITHDRAWN', 'EXPELLED', 'DECEASED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_position (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT      NOT NULL,
    membership_id BIGINT      NOT NULL,
    position      VARCHAR(10) NOT NULL,
    term_start    DATE        NOT NULL,
    term_end      DATE        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_board_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_board_position CHECK (position IN ('CHAIR', 'DIRECTOR', 'AUDITOR')),
    -- §35: a term lasts at most four years
    CONSTRAINT ck_board_term CHECK (term_end > term_start AND term_end <= DATE_ADD(term_start, INTERVAL 4 YEAR))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE, DELETE ON cooperative TO coop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON membership TO coop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON board_position TO coop_app;
