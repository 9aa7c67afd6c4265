-- Idempotency keys of money-moving requests: the first answer, kept with its key per caller.
CREATE TABLE idempotent_request (
    subject     VARCHAR(64)  NOT NULL,
    idem_key    VARCHAR(100) NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    response    MEDIUMTEXT   NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (subject, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON idempotent_request TO coop_app;
