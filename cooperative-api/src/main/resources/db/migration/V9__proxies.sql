-- Proxies (§23): a member appoints another member or a cohabiting family member to vote for them at one meeting,
-- with written proof; one proxy represents one member only; not at a delegates' assembly (§31).
CREATE TABLE proxy (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id          BIGINT       NOT NULL,
    meeting_id       BIGINT       NOT NULL,
    principal_id     BIGINT       NOT NULL,
    proxy_member_id  BIGINT       NULL,
    proxy_name       VARCHAR(200) NULL,
    relationship     VARCHAR(100) NULL,
    proof            VARCHAR(500) NOT NULL,
    registered_at    TIMESTAMP(6) NOT NULL,
    registered_by    VARCHAR(200) NOT NULL,
    -- who the proxy is, whether a member or a family member: one principal each
    proxy_key        VARCHAR(220) AS (COALESCE(CONCAT('member:', proxy_member_id), CONCAT('family:', proxy_name))) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_proxy_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_proxy_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT fk_proxy_principal FOREIGN KEY (principal_id) REFERENCES membership (id),
    CONSTRAINT fk_proxy_member FOREIGN KEY (proxy_member_id) REFERENCES membership (id),
    CONSTRAINT uq_proxy_principal UNIQUE (meeting_id, principal_id),
    CONSTRAINT uq_proxy_one_principal UNIQUE (meeting_id, proxy_key),
    CONSTRAINT ck_proxy_who CHECK ((proxy_member_id IS NULL) <> (proxy_name IS NULL)),
    CONSTRAINT ck_proxy_not_self CHECK (proxy_member_id IS NULL OR proxy_member_id <> principal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE participation
    DROP CONSTRAINT ck_participation_channel,
    ADD CONSTRAINT ck_participation_channel CHECK (channel IN ('ONLINE', 'ROOM', 'PROXY'));

GRANT SELECT, INSERT ON proxy TO coop_app;
