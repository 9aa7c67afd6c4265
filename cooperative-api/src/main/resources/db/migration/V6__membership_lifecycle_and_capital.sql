-- Membership from application to leaving, share capital and its refund, expulsion cases.

-- paid-in capital is kept on the membership (and entry by entry in capital_entry); it never exceeds the subscription
ALTER TABLE membership
    ADD COLUMN paid_in                 BIGINT        NOT NULL DEFAULT 0 AFTER shares,
    ADD COLUMN withdrawal_notice_on    DATE          NULL AFTER joined_on,
    ADD COLUMN withdrawal_effective_on DATE          NULL AFTER withdrawal_notice_on,
    ADD COLUMN left_on                 DATE          NULL AFTER withdrawal_effective_on,
    ADD COLUMN refusal_reason          VARCHAR(1000) NULL AFTER left_on,
    ADD CONSTRAINT ck_membership_paid_in CHECK (paid_in >= 0);

-- the founders of V4 paid their shares at the founding (their subscription is their paid-in capital)
UPDATE membership m JOIN cooperative c ON c.id = m.coop_id SET m.paid_in = m.shares * c.share_price WHERE m.founder;

-- one current membership per e-mail and cooperative; a person who left or was refused may apply again
ALTER TABLE membership
    DROP INDEX uq_membership_email,
    ADD COLUMN current_email VARCHAR(320)
        AS (CASE WHEN status IN ('APPLICANT', 'ACTIVE', 'WITHDRAWING') THEN email END) PERSISTENT,
    ADD CONSTRAINT uq_membership_current_email UNIQUE (coop_id, current_email),
    ADD INDEX ix_membership_person (person_id),
    ADD INDEX ix_membership_email (email);

-- every change of status, dated, with who recorded it; never changed afterwards
CREATE TABLE membership_status_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT        NOT NULL,
    membership_id BIGINT        NOT NULL,
    from_status   VARCHAR(12)   NULL,
    to_status     VARCHAR(12)   NOT NULL,
    effective_on  DATE          NOT NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_status_change_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    INDEX ix_status_change_membership (membership_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO membership_status_change (coop_id, membership_id, from_status, to_status, effective_on, recorded_at, recorded_by, reason)
SELECT m.coop_id, m.id, NULL, m.status, COALESCE(m.joined_on, m.applied_on), CURRENT_TIMESTAMP(6), 'system', 'founder'
FROM membership m WHERE m.founder;

-- the capital ledger of each member: subscriptions (shares), payments and refunds (won); append-only
CREATE TABLE capital_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    coop_id       BIGINT        NOT NULL,
    membership_id BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    shares        INT           NOT NULL,
    amount        BIGINT        NOT NULL,
    entry_date    DATE          NOT NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    note          VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_capital_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_capital_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_capital_kind CHECK (kind IN ('SUBSCRIPTION', 'PAYMENT', 'REFUND_PAID')),
    CONSTRAINT ck_capital_amounts CHECK (shares >= 0 AND amount >= 0),
    INDEX ix_capital_membership (membership_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO capital_entry (coop_id, membership_id, kind, shares, amount, entry_date, recorded_at, recorded_by, note)
SELECT m.coop_id, m.id, 'SUBSCRIPTION', m.shares, m.shares * c.share_price, m.joined_on, CURRENT_TIMESTAMP(6), 'system', 'founder'
FROM membership m JOIN cooperative c ON c.id = m.coop_id WHERE m.founder;
INSERT INTO capital_entry (coop_id, membership_id, kind, shares, amount, entry_date, recorded_at, recorded_by, note)
SELECT m.coop_id, m.id, 'PAYMENT', 0, m.paid_in, m.joined_on, CURRENT_TIMESTAMP(6), 'system', 'founder'
FROM membership m WHERE m.founder;

-- a leaver's claim to their capital (§26-27): valued at the end of the fiscal year they left in, payable from
-- the next one, time-barred two years later; withheld while they owe the cooperative money
CREATE TABLE capital_refund (
    membership_id      BIGINT        NOT NULL,
    coop_id            BIGINT        NOT NULL,
    fiscal_year_end    DATE          NOT NULL,
    payable_from       DATE          NOT NULL,
    limitation_ends_on DATE          NOT NULL,
    paid_in_at_leaving BIGINT        NOT NULL,
    amount             BIGINT        NULL,
    withheld           BOOLEAN       NOT NULL DEFAULT FALSE,
    withhold_reason    VARCHAR(500)  NULL,
    paid_on            DATE          NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (membership_id),
    CONSTRAINT fk_refund_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_refund_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_refund_amount CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT ck_refund_dates CHECK (payable_from > fiscal_year_end AND limitation_ends_on > payable_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- expulsion (§25): a case with its ground and the notice, decided by a special resolution of the general assembly
CREATE TABLE expulsion_case (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    coop_id         BIGINT        NOT NULL,
    membership_id   BIGINT        NOT NULL,
    ground          VARCHAR(10)   NOT NULL,
    details         VARCHAR(2000) NOT NULL,
    notice_given_on DATE          NOT NULL,
    assembly_on     DATE          NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    opened_at       TIMESTAMP(6)  NOT NULL,
    opened_by       VARCHAR(200)  NOT NULL,
    decided_on      DATE          NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    -- at most one pending case per member
    pending_member  BIGINT AS (CASE WHEN state = 'PENDING' THEN membership_id END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_expulsion_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_expulsion_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_expulsion_pending UNIQUE (pending_member),
    CONSTRAINT ck_expulsion_ground CHECK (ground IN ('NON_USE', 'UNPAID', 'OTHER')),
    CONSTRAINT ck_expulsion_state CHECK (state IN ('PENDING', 'EXPELLED', 'REJECTED', 'DROPPED')),
    -- §25: the member is told at least ten days before the assembly
    CONSTRAINT ck_expulsion_notice CHECK (assembly_on >= notice_given_on + INTERVAL 10 DAY)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an office left before its term ends (resignation, recall, death, leaving): the first day no longer held
ALTER TABLE board_position
    ADD COLUMN vacated_on DATE NULL AFTER term_end,
    ADD CONSTRAINT ck_board_vacated CHECK (vacated_on IS NULL OR vacated_on BETWEEN term_start AND term_end);

-- history and ledger are append-only for the application
GRANT SELECT, INSERT ON membership_status_change TO coop_app;
GRANT SELECT, INSERT ON capital_entry TO coop_app;
GRANT SELECT, INSERT, UPDATE ON capital_refund TO coop_app;
GRANT SELECT, INSERT, UPDATE ON expulsion_case TO coop_app;
