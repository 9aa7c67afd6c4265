-- Earnings distribution. A run splits a pay period's pooled income, less the cooperative's deductions, among the
-- members by their confirmed work; it is prepared (a preview), approved by another board member, then posted: its
-- ledger entries are written once and never changed (a correction is a reversing run). One posted run per pool and
-- period: the key below exists only for a posted run.
CREATE TABLE payout_settings (
    coop_id            BIGINT       NOT NULL,
    operating_share_bp INT          NOT NULL,
    withholding_bp     INT          NOT NULL,
    formula            VARCHAR(10)  NOT NULL,
    weight_hours       INT          NOT NULL,
    weight_deliveries  INT          NOT NULL,
    weight_income      INT          NOT NULL,
    updated_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (coop_id),
    CONSTRAINT fk_payout_settings_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_payout_settings CHECK (operating_share_bp BETWEEN 0 AND 5000 AND withholding_bp BETWEEN 0 AND 5000
        AND formula IN ('HOURS', 'DELIVERIES', 'INCOME', 'MIX') AND weight_hours BETWEEN 0 AND 100 AND weight_deliveries BETWEEN 0 AND 100
        AND weight_income BETWEEN 0 AND 100)
) ENGINE = InnoDB;

CREATE TABLE payout_run (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id             BIGINT       NOT NULL,
    pool                VARCHAR(40)  NOT NULL,
    period_start        DATE         NOT NULL,
    period_end          DATE         NOT NULL,
    formula             VARCHAR(10)  NOT NULL,
    gross_won           BIGINT       NOT NULL,
    operating_won       BIGINT       NOT NULL,
    deductions_won      BIGINT       NOT NULL,
    net_won             BIGINT       NOT NULL,
    withholding_bp      INT          NOT NULL,
    state               VARCHAR(10)  NOT NULL,
    prepared_by         VARCHAR(200) NOT NULL,
    prepared_subject    VARCHAR(64)  NOT NULL,
    prepared_at         TIMESTAMP(6) NOT NULL,
    approved_by         VARCHAR(200) NULL,
    approved_subject    VARCHAR(64)  NULL,
    approved_at         TIMESTAMP(6) NULL,
    posted_at           TIMESTAMP(6) NULL,
    reverses_run_id     BIGINT       NULL,
    posted_key          VARCHAR(80)  AS (CASE WHEN state = 'POSTED' AND reverses_run_id IS NULL
                                              THEN CONCAT(pool, '|', period_start, '|', period_end) END) PERSISTENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_payout_run_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_payout_run_reverses FOREIGN KEY (reverses_run_id) REFERENCES payout_run (id),
    CONSTRAINT uq_payout_run_posted UNIQUE (coop_id, posted_key),
    CONSTRAINT ck_payout_run_state CHECK (state IN ('PREVIEW', 'APPROVED', 'POSTED', 'REVERSED')),
    CONSTRAINT ck_payout_run_period CHECK (period_end >= period_start),
    CONSTRAINT ck_payout_run_sum CHECK (net_won = gross_won - operating_won - deductions_won),
    INDEX ix_payout_run_coop (coop_id, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payout_item (
    run_id     BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    amount_won BIGINT       NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_payout_item_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
    CONSTRAINT ck_payout_item CHECK (kind IN ('INCOME', 'DEDUCTION') AND amount_won >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payout_line (
    run_id          BIGINT        NOT NULL,
    membership_id   BIGINT        NOT NULL,
    minutes         BIGINT        NOT NULL,
    deliveries      BIGINT        NOT NULL,
    income_won      BIGINT        NOT NULL,
    measure         BIGINT        NOT NULL,
    share_ppm       BIGINT        NOT NULL,
    amount_won      BIGINT        NOT NULL,
    withholding_won BIGINT        NOT NULL,
    payable_won     BIGINT        NOT NULL,
    paid_at         TIMESTAMP(6)  NULL,
    PRIMARY KEY (run_id, membership_id),
    CONSTRAINT fk_payout_line_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
    CONSTRAINT fk_payout_line_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_payout_line CHECK (payable_won = amount_won - withholding_won),
    INDEX ix_payout_line_member (membership_id)
) ENGINE = InnoDB;

-- Double entry: every posting's entries balance (debits = credits); entries are only ever added.
CREATE TABLE ledger_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    run_id        BIGINT       NOT NULL,
    posting       VARCHAR(10)  NOT NULL,
    account       VARCHAR(60)  NOT NULL,
    membership_id BIGINT       NULL,
    debit_won     BIGINT       NOT NULL,
    credit_won    BIGINT       NOT NULL,
    posted_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_ledger_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
    CONSTRAINT fk_ledger_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_ledger_side CHECK (debit_won >= 0 AND credit_won >= 0 AND (debit_won = 0) <> (credit_won = 0)),
    CONSTRAINT ck_ledger_posting CHECK (posting IN ('POST', 'PAY', 'REVERSE')),
    INDEX ix_ledger_run (run_id, posting),
    INDEX ix_ledger_member (membership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON payout_settings TO coop_app;
GRANT SELECT, INSERT, UPDATE ON payout_run TO coop_app;
GRANT SELECT, INSERT ON payout_item TO coop_app;
GRANT SELECT, INSERT, UPDATE ON payout_line TO coop_app;
GRANT SELECT, INSERT ON ledger_entry TO coop_app;
