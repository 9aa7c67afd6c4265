-- §31: above 200 members, delegates elected from the members may form a delegates' assembly in place of the general
-- assembly: its voters' roll is the delegates in office on the record date (at least 10% of the members; 100 suffice).
CREATE TABLE delegate (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    term_start    DATE         NOT NULL,
    term_end      DATE         NOT NULL,
    ended_on      DATE         NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_delegate_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_delegate_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_delegate_term CHECK (term_end > term_start),
    CONSTRAINT ck_delegate_ended CHECK (ended_on IS NULL OR ended_on >= term_start),
    INDEX ix_delegate_coop (coop_id, term_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON delegate TO coop_app;
