-- Shift pooling: zones, the cooperative's safety rules, shifts with their places (one row per rider wanted; a place
-- is held by one rider at a time and offered to the pool while its holder keeps it), swaps between two riders, the
-- weekly template, sign-up windows that allocate next week's popular shifts fairly, riders' notifications, their
-- calendar feeds; and the work records that payouts measure patronage by.
CREATE TABLE zone (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id    BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_zone_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_zone_name UNIQUE (coop_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shift_rules (
    coop_id               BIGINT       NOT NULL,
    max_minutes_per_day   INT          NOT NULL,
    max_minutes_per_week  INT          NOT NULL,
    min_rest_minutes      INT          NOT NULL,
    latest_end_minute     INT          NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    updated_at            TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (coop_id),
    CONSTRAINT fk_shift_rules_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_shift_rules CHECK (max_minutes_per_day BETWEEN 60 AND 1440 AND max_minutes_per_week BETWEEN 60 AND 10080
        AND min_rest_minutes BETWEEN 0 AND 1440 AND latest_end_minute BETWEEN 60 AND 2160)
) ENGINE = InnoDB;

CREATE TABLE signup_window (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id     BIGINT       NOT NULL,
    week_of     DATE         NOT NULL,
    closes_at   TIMESTAMP(6) NOT NULL,
    state       VARCHAR(10)  NOT NULL,
    seed        CHAR(64)     NULL,
    opened_by   VARCHAR(200) NOT NULL,
    opened_at   TIMESTAMP(6) NOT NULL,
    allocated_at TIMESTAMP(6) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_signup_window_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_signup_window_week UNIQUE (coop_id, week_of),
    CONSTRAINT ck_signup_window_monday CHECK (DAYOFWEEK(week_of) = 2),
    CONSTRAINT ck_signup_window_state CHECK (state IN ('OPEN', 'ALLOCATED'))
) ENGINE = InnoDB;

CREATE TABLE shift (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    zone_id       BIGINT       NOT NULL,
    starts_at     TIMESTAMP(6) NOT NULL,
    ends_at       TIMESTAMP(6) NOT NULL,
    riders_wanted INT          NOT NULL,
    note          VARCHAR(200) NULL,
    -- the Monday of the template week it was published from, if it was
    template_week DATE         NULL,
    published_by  VARCHAR(200) NOT NULL,
    published_at  TIMESTAMP(6) NOT NULL,
    cancelled_at  TIMESTAMP(6) NULL,
    cancel_reason VARCHAR(200) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_shift_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_shift_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT ck_shift_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_shift_riders CHECK (riders_wanted BETWEEN 1 AND 50),
    INDEX ix_shift_coop_start (coop_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shift_place (
    shift_id      BIGINT       NOT NULL,
    place_no      INT          NOT NULL,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NULL,
    held_since    TIMESTAMP(6) NULL,
    how           VARCHAR(8)   NULL,
    offered_at    TIMESTAMP(6) NULL,
    urgent        BOOLEAN      NOT NULL DEFAULT FALSE,
    offer_reason  VARCHAR(200) NULL,
    PRIMARY KEY (shift_id, place_no),
    CONSTRAINT fk_place_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT fk_place_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    -- a rider holds at most one place of a shift
    CONSTRAINT uq_place_rider UNIQUE (shift_id, membership_id),
    CONSTRAINT ck_place_offer CHECK (offered_at IS NULL OR membership_id IS NOT NULL),
    CONSTRAINT ck_place_how CHECK (how IS NULL OR how IN ('SIGNUP', 'CLAIM', 'POOL', 'SWAP', 'BOARD')),
    INDEX ix_place_member (membership_id),
    INDEX ix_place_pool (coop_id, offered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shift_template_slot (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT      NOT NULL,
    zone_id       BIGINT      NOT NULL,
    day_of_week   INT         NOT NULL,
    start_minute  INT         NOT NULL,
    end_minute    INT         NOT NULL,
    riders_wanted INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_template_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_template_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT ck_template_slot CHECK (day_of_week BETWEEN 1 AND 7 AND start_minute BETWEEN 0 AND 1439
        AND end_minute > start_minute AND end_minute <= start_minute + 960 AND riders_wanted BETWEEN 1 AND 50)
) ENGINE = InnoDB;

CREATE TABLE shift_swap (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id            BIGINT       NOT NULL,
    from_membership_id BIGINT       NOT NULL,
    from_shift_id      BIGINT       NOT NULL,
    to_membership_id   BIGINT       NOT NULL,
    to_shift_id        BIGINT       NOT NULL,
    state              VARCHAR(10)  NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    decided_at         TIMESTAMP(6) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_swap_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_swap_from FOREIGN KEY (from_membership_id) REFERENCES membership (id),
    CONSTRAINT fk_swap_to FOREIGN KEY (to_membership_id) REFERENCES membership (id),
    CONSTRAINT fk_swap_from_shift FOREIGN KEY (from_shift_id) REFERENCES shift (id),
    CONSTRAINT fk_swap_to_shift FOREIGN KEY (to_shift_id) REFERENCES shift (id),
    CONSTRAINT ck_swap_state CHECK (state IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    INDEX ix_swap_coop (coop_id, state)
) ENGINE = InnoDB;

CREATE TABLE signup_request (
    window_id     BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    shift_id      BIGINT       NOT NULL,
    preference    INT          NOT NULL,
    outcome       VARCHAR(12)  NULL,
    why_en        VARCHAR(300) NULL,
    why_ko        VARCHAR(300) NULL,
    PRIMARY KEY (window_id, membership_id, shift_id),
    CONSTRAINT fk_request_window FOREIGN KEY (window_id) REFERENCES signup_window (id),
    CONSTRAINT fk_request_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_request_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT ck_request_outcome CHECK (outcome IS NULL OR outcome IN ('GRANTED', 'FULL', 'RULE', 'NOT_REACHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rider_notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    text_ko       VARCHAR(400) NOT NULL,
    text_en       VARCHAR(400) NOT NULL,
    shift_id      BIGINT       NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    read_at       TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    INDEX ix_notification_member (membership_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_feed (
    membership_id BIGINT       NOT NULL,
    coop_id       BIGINT       NOT NULL,
    secret_hash   CHAR(64)     NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (membership_id),
    CONSTRAINT fk_feed_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT uq_feed_secret UNIQUE (secret_hash)
) ENGINE = InnoDB;

CREATE TABLE work_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT        NOT NULL,
    membership_id BIGINT        NOT NULL,
    shift_id      BIGINT        NULL,
    started_at    TIMESTAMP(6)  NOT NULL,
    ended_at      TIMESTAMP(6)  NOT NULL,
    deliveries    INT           NOT NULL,
    distance_m    INT           NOT NULL,
    income_won    BIGINT        NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    source        VARCHAR(8)    NOT NULL,
    import_key    CHAR(64)      NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL,
    decided_by    VARCHAR(200)  NULL,
    decided_at    TIMESTAMP(6)  NULL,
    reject_reason VARCHAR(200)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_work_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_work_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_work_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT uq_work_import UNIQUE (coop_id, import_key),
    CONSTRAINT ck_work_times CHECK (ended_at > started_at),
    CONSTRAINT ck_work_figures CHECK (deliveries BETWEEN 0 AND 500 AND distance_m BETWEEN 0 AND 1000000
        AND income_won BETWEEN 0 AND 10000000),
    CONSTRAINT ck_work_status CHECK (status IN ('SUBMITTED', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT ck_work_source CHECK (source IN ('RIDER', 'BOARD', 'IMPORT')),
    INDEX ix_work_coop (coop_id, status, started_at),
    INDEX ix_work_member (membership_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_import_mapping (
    coop_id    BIGINT        NOT NULL,
    mapping    VARCHAR(2000) NOT NULL,
    updated_by VARCHAR(200)  NOT NULL,
    updated_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (coop_id),
    CONSTRAINT fk_work_mapping_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON zone TO coop_app;
GRANT SELECT, INSERT, UPDATE ON shift_rules TO coop_app;
GRANT SELECT, INSERT, UPDATE ON signup_window TO coop_app;
GRANT SELECT, INSERT, UPDATE ON shift TO coop_app;
GRANT SELECT, INSERT, UPDATE ON shift_place TO coop_app;
GRANT SELECT, INSERT, DELETE ON shift_template_slot TO coop_app;
GRANT SELECT, INSERT, UPDATE ON shift_swap TO coop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON signup_request TO coop_app;
GRANT SELECT, INSERT, UPDATE ON rider_notification TO coop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feed TO coop_app;
GRANT SELECT, INSERT, UPDATE ON work_record TO coop_app;
GRANT SELECT, INSERT, UPDATE ON work_import_mapping TO coop_app;
