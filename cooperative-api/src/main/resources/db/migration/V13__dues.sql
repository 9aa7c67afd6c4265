-- Dues (회비): plans of the cooperative, the plan a member is on when not the standard one, one charge per member
-- and month (the key makes billing happen once, however often and wherever it runs), and payments. Dues never
-- touch share capital (§22④): no table here refers to the capital ledger.
CREATE TABLE dues_plan (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id    BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    amount_won BIGINT       NOT NULL,
    standard   BOOLEAN      NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_dues_plan_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_dues_plan_kind CHECK (kind IN ('FLAT_MONTHLY')),
    CONSTRAINT ck_dues_plan_amount CHECK (amount_won BETWEEN 0 AND 100000000),
    CONSTRAINT ck_dues_plan_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
    INDEX ix_dues_plan_coop (coop_id, standard, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dues_assignment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    plan_id       BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NULL,
    assigned_by   VARCHAR(200) NOT NULL,
    assigned_at   TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_dues_assignment_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_dues_assignment_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_dues_assignment_plan FOREIGN KEY (plan_id) REFERENCES dues_plan (id),
    CONSTRAINT ck_dues_assignment_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
    INDEX ix_dues_assignment_member (membership_id, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dues_charge (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    month         DATE         NOT NULL,
    plan_id       BIGINT       NOT NULL,
    amount_won    BIGINT       NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dues_charge_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_dues_charge_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_dues_charge_plan FOREIGN KEY (plan_id) REFERENCES dues_plan (id),
    CONSTRAINT uq_dues_charge_month UNIQUE (membership_id, month),
    CONSTRAINT ck_dues_charge_month CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT ck_dues_charge_amount CHECK (amount_won >= 0),
    INDEX ix_dues_charge_coop (coop_id, month)
) ENGINE = InnoDB;

CREATE TABLE dues_payment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    amount_won    BIGINT       NOT NULL,
    paid_on       DATE         NOT NULL,
    method        VARCHAR(8)   NOT NULL,
    reference     VARCHAR(200) NULL,
    -- a line of a bank statement imported: its fingerprint, so that importing the file again adds nothing
    import_key    CHAR(64)     NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dues_payment_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_dues_payment_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT uq_dues_payment_import UNIQUE (coop_id, import_key),
    CONSTRAINT ck_dues_payment_amount CHECK (amount_won > 0),
    CONSTRAINT ck_dues_payment_method CHECK (method IN ('TRANSFER', 'CASH', 'CARD', 'OTHER')),
    INDEX ix_dues_payment_member (membership_id, paid_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON dues_plan TO coop_app;
GRANT SELECT, INSERT, UPDATE ON dues_assignment TO coop_app;
-- charges and payments are facts: the application records them and never changes or deletes them
GRANT SELECT, INSERT ON dues_charge TO coop_app;
GRANT SELECT, INSERT ON dues_payment TO coop_app;
