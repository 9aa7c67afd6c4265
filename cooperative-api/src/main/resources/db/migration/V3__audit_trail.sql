-- Append-only, hash-chained record of every state change. One chain per cooperative ('coop:<id>') and one for
-- the platform ('platform'); each record's hash covers its content and the hash of the record before it.
CREATE TABLE audit_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    chain         VARCHAR(40)  NOT NULL,
    seq           BIGINT       NOT NULL,
    coop_id       BIGINT       NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    actor_subject VARCHAR(64)  NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    action        VARCHAR(80)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    before_state  LONGTEXT     NULL,
    after_state   LONGTEXT     NULL,
    prev_hash     CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_chain_seq UNIQUE (chain, seq),
    CONSTRAINT uq_audit_hash UNIQUE (hash),
    INDEX ix_audit_coop (coop_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The head of each chain: appends lock it, so that records of one chain are written one after the other.
CREATE TABLE audit_chain_head (
    chain     VARCHAR(40) NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL,
    PRIMARY KEY (chain)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The application may append and read the trail, never change or remove it.
GRANT SELECT, INSERT ON audit_record TO coop_app;
GRANT SELECT, INSERT, UPDATE ON audit_chain_head TO coop_app;
