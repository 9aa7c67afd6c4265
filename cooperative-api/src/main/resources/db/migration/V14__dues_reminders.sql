-- Reminders of unpaid dues: when (on which day of the month, at how many months in arrears) is the board's setting;
-- each reminder is one member's e-mail of one month, queued like the meeting notices and claimed by one sender.
CREATE TABLE dues_reminder_setting (
    coop_id            BIGINT       NOT NULL,
    months_in_arrears  VARCHAR(40)  NOT NULL,
    day_of_month       INT          NOT NULL,
    updated_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (coop_id),
    CONSTRAINT fk_dues_reminder_setting_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_dues_reminder_setting_day CHECK (day_of_month BETWEEN 1 AND 28),
    CONSTRAINT ck_dues_reminder_setting_months CHECK (months_in_arrears REGEXP '^([0-9]{1,2}(,[0-9]{1,2}){0,5})?$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dues_reminder (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id           BIGINT       NOT NULL,
    membership_id     BIGINT       NOT NULL,
    -- the month the reminder belongs to (its first day): one per member and month
    month             DATE         NOT NULL,
    months_in_arrears INT          NOT NULL,
    unpaid_won        BIGINT       NOT NULL,
    email             VARCHAR(320) NULL,
    email_status      VARCHAR(10)  NOT NULL,
    email_attempts    INT          NOT NULL DEFAULT 0,
    email_sent_at     TIMESTAMP(6) NULL,
    email_error       VARCHAR(500) NULL,
    claimed_until     TIMESTAMP(6) NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dues_reminder_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_dues_reminder_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT uq_dues_reminder_month UNIQUE (membership_id, month),
    CONSTRAINT ck_dues_reminder_month CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT ck_dues_reminder_status CHECK (email_status IN ('QUEUED', 'SENT', 'FAILED', 'NO_ADDRESS')),
    CONSTRAINT ck_dues_reminder_sent CHECK ((email_status = 'SENT') = (email_sent_at IS NOT NULL)),
    INDEX ix_dues_reminder_coop (coop_id, month),
    INDEX ix_dues_reminder_queue (email_status, claimed_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON dues_reminder_setting TO coop_app;
GRANT SELECT, INSERT, UPDATE ON dues_reminder TO coop_app;
