-- A cooperative's board grants a consultant of the support centre read access, and can revoke it.
CREATE TABLE consultant_grant (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id          BIGINT       NOT NULL,
    consultant_email VARCHAR(320) NOT NULL,
    consultant_name  VARCHAR(200) NOT NULL,
    granted_at       TIMESTAMP(6) NOT NULL,
    granted_by       VARCHAR(64)  NOT NULL,
    revoked_at       TIMESTAMP(6) NULL,
    revoked_by       VARCHAR(64)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    -- at most one grant in force per consultant and cooperative
    active_email     VARCHAR(320) AS (CASE WHEN revoked_at IS NULL THEN consultant_email END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_grant_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_grant_active UNIQUE (coop_id, active_email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON consultant_grant TO coop_app;
