-- The year-end surplus (§50-51): the board proposes how the fiscal year's result is appropriated (losses covered,
-- the legal reserve, a voluntary reserve, dividends on patronage and on capital, the rest carried forward); the
-- general assembly decides it as a motion; once adopted, the dividends are split per member and posted to the ledger.
CREATE TABLE surplus_proposal (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id                BIGINT       NOT NULL,
    fiscal_year            INT          NOT NULL,
    year_start             DATE         NOT NULL,
    year_end               DATE         NOT NULL,
    social                 BOOLEAN      NOT NULL,
    formula                VARCHAR(10)  NOT NULL,
    net_income_won         BIGINT       NOT NULL,
    paid_in_capital_won    BIGINT       NOT NULL,
    opening_retained_won   BIGINT       NOT NULL,
    opening_voluntary_won  BIGINT       NOT NULL,
    opening_legal_won      BIGINT       NOT NULL,
    opening_loss_won       BIGINT       NOT NULL,
    loss_covered_won       BIGINT       NOT NULL,
    from_retained_won      BIGINT       NOT NULL,
    from_voluntary_won     BIGINT       NOT NULL,
    from_legal_won         BIGINT       NOT NULL,
    legal_minimum_won      BIGINT       NOT NULL,
    legal_reserve_won      BIGINT       NOT NULL,
    voluntary_reserve_won  BIGINT       NOT NULL,
    patronage_dividend_won BIGINT       NOT NULL,
    capital_dividend_won   BIGINT       NOT NULL,
    closing_retained_won   BIGINT       NOT NULL,
    closing_voluntary_won  BIGINT       NOT NULL,
    closing_legal_won      BIGINT       NOT NULL,
    closing_loss_won       BIGINT       NOT NULL,
    note                   VARCHAR(2000) NULL,
    state                  VARCHAR(10)  NOT NULL,
    proposed_by            VARCHAR(200) NOT NULL,
    proposed_at            TIMESTAMP(6) NOT NULL,
    motion_id              BIGINT       NULL,
    decided_on             DATE         NULL,
    decided_by             VARCHAR(200) NULL,
    resolution             VARCHAR(300) NULL,
    -- one proposal of a year open at a time, and one adopted appropriation per year
    open_key               INT AS (CASE WHEN state IN ('PROPOSED', 'ON_AGENDA') THEN fiscal_year END) PERSISTENT,
    adopted_key            INT AS (CASE WHEN state = 'ADOPTED' THEN fiscal_year END) PERSISTENT,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_surplus_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_surplus_open UNIQUE (coop_id, open_key),
    CONSTRAINT uq_surplus_adopted UNIQUE (coop_id, adopted_key),
    CONSTRAINT ck_surplus_state CHECK (state IN ('PROPOSED', 'ON_AGENDA', 'ADOPTED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_surplus_amounts CHECK (paid_in_capital_won >= 0 AND opening_retained_won >= 0 AND opening_voluntary_won >= 0
        AND opening_legal_won >= 0 AND opening_loss_won >= 0 AND legal_reserve_won >= legal_minimum_won AND voluntary_reserve_won >= 0
        AND patronage_dividend_won >= 0 AND capital_dividend_won >= 0 AND closing_retained_won >= 0 AND closing_loss_won >= 0),
    -- §51③: patronage at least half of all dividends; on capital at most a tenth of the paid-in capital; §98: none for a social cooperative
    CONSTRAINT ck_surplus_dividends CHECK (2 * patronage_dividend_won >= patronage_dividend_won + capital_dividend_won
        AND 10 * capital_dividend_won <= paid_in_capital_won AND (NOT social OR patronage_dividend_won + capital_dividend_won = 0)),
    INDEX ix_surplus_coop (coop_id, fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- each member's dividends of an adopted appropriation: by their work of the year and their capital's days
CREATE TABLE surplus_dividend (
    proposal_id       BIGINT       NOT NULL,
    membership_id     BIGINT       NOT NULL,
    minutes           BIGINT       NOT NULL,
    deliveries        BIGINT       NOT NULL,
    income_won        BIGINT       NOT NULL,
    patronage_ppm     BIGINT       NOT NULL,
    patronage_won     BIGINT       NOT NULL,
    capital_won_days  BIGINT       NOT NULL,
    capital_ppm       BIGINT       NOT NULL,
    capital_won       BIGINT       NOT NULL,
    reinvested_shares INT          NOT NULL DEFAULT 0,
    reinvested_won    BIGINT       NOT NULL DEFAULT 0,
    paid_won          BIGINT       NOT NULL DEFAULT 0,
    paid_at           TIMESTAMP(6) NULL,
    PRIMARY KEY (proposal_id, membership_id),
    CONSTRAINT fk_dividend_proposal FOREIGN KEY (proposal_id) REFERENCES surplus_proposal (id),
    CONSTRAINT fk_dividend_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_dividend CHECK (patronage_won >= 0 AND capital_won >= 0 AND reinvested_won >= 0 AND paid_won >= 0
        AND reinvested_won + paid_won <= patronage_won + capital_won),
    INDEX ix_dividend_member (membership_id)
) ENGINE = InnoDB;

-- a motion of an assembly may decide a surplus proposal (an ordinary resolution, §29)
ALTER TABLE motion
    ADD COLUMN surplus_proposal_id BIGINT NULL AFTER expulsion_case_id,
    ADD CONSTRAINT fk_motion_surplus FOREIGN KEY (surplus_proposal_id) REFERENCES surplus_proposal (id);

-- the ledger also takes the appropriations' entries: each entry belongs to a payout run or to an appropriation
ALTER TABLE ledger_entry
    MODIFY run_id BIGINT NULL,
    MODIFY posting VARCHAR(12) NOT NULL,
    ADD COLUMN surplus_id BIGINT NULL AFTER run_id,
    ADD CONSTRAINT fk_ledger_surplus FOREIGN KEY (surplus_id) REFERENCES surplus_proposal (id),
    ADD CONSTRAINT ck_ledger_source CHECK ((run_id IS NULL) <> (surplus_id IS NULL)),
    DROP CONSTRAINT ck_ledger_posting,
    ADD CONSTRAINT ck_ledger_posting CHECK (posting IN ('POST', 'PAY', 'REVERSE', 'APPROPRIATE', 'REINVEST')),
    ADD INDEX ix_ledger_surplus (surplus_id, posting);

GRANT SELECT, INSERT, UPDATE ON surplus_proposal TO coop_app;
GRANT SELECT, INSERT, UPDATE ON surplus_dividend TO coop_app;
