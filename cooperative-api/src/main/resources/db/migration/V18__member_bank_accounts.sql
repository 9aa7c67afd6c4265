-- Where a member's payouts are transferred: entered by the member (or the board for them); the board's bank transfer
-- file of a posted payout run reads it.
CREATE TABLE member_bank_account (
    membership_id  BIGINT       NOT NULL,
    coop_id        BIGINT       NOT NULL,
    bank           VARCHAR(40)  NOT NULL,
    account_number VARCHAR(40)  NOT NULL,
    holder         VARCHAR(100) NOT NULL,
    updated_by     VARCHAR(200) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (membership_id),
    CONSTRAINT fk_bank_account_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_bank_account_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON member_bank_account TO coop_app;
