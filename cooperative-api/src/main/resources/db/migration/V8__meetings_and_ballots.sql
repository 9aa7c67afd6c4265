-- Meetings, their motions, the voters' roll of each meeting, and the votes: who took part and what was voted
-- are kept in two tables that share nothing but the motion (secret ballot).
CREATE TABLE meeting (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    coop_id          BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    starts_at        TIMESTAMP(6) NOT NULL,
    place            VARCHAR(200) NOT NULL,
    record_date      DATE         NOT NULL,
    noticed_at       TIMESTAMP(6) NOT NULL,
    voting_opens_at  TIMESTAMP(6) NOT NULL,
    voting_closes_at TIMESTAMP(6) NOT NULL,
    called_by        VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('ORDINARY_GENERAL_ASSEMBLY', 'EXTRAORDINARY_GENERAL_ASSEMBLY', 'DELEGATES_ASSEMBLY', 'BOARD_MEETING')),
    CONSTRAINT ck_meeting_window CHECK (voting_closes_at > voting_opens_at),
    INDEX ix_meeting_coop (coop_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE motion (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    coop_id    BIGINT        NOT NULL,
    meeting_id BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    details    VARCHAR(4000) NULL,
    resolution VARCHAR(10)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_motion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_motion_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id),
    CONSTRAINT uq_motion_seq UNIQUE (meeting_id, seq),
    CONSTRAINT ck_motion_resolution CHECK (resolution IN ('ORDINARY', 'SPECIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- who may vote: the members on the record date, a snapshot later changes of membership do not alter
CREATE TABLE voter_roll (
    meeting_id    BIGINT NOT NULL,
    membership_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, membership_id),
    CONSTRAINT fk_roll_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_roll_membership FOREIGN KEY (membership_id) REFERENCES membership (id)
) ENGINE = InnoDB;

-- who voted on a motion, and how (online, or entered by the board for the room): once per member and motion
CREATE TABLE participation (
    motion_id     BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    channel       VARCHAR(8)   NOT NULL,
    entered_by    VARCHAR(200) NULL,
    PRIMARY KEY (motion_id, membership_id),
    CONSTRAINT fk_participation_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_participation_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_participation_channel CHECK (channel IN ('ONLINE', 'ROOM'))
) ENGINE = InnoDB;

-- what was voted: no member, no time, a random id; the receipt's hash lets its holder find it after the close
CREATE TABLE ballot (
    id           CHAR(36)   NOT NULL,
    motion_id    BIGINT     NOT NULL,
    receipt_hash CHAR(64)   NOT NULL,
    choice       VARCHAR(8) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ballot_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT uq_ballot_receipt UNIQUE (receipt_hash),
    CONSTRAINT ck_ballot_choice CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    INDEX ix_ballot_motion (motion_id, receipt_hash)
) ENGINE = InnoDB;

GRANT SELECT, INSERT, UPDATE ON meeting TO coop_app;
GRANT SELECT, INSERT ON motion TO coop_app;
GRANT SELECT, INSERT ON voter_roll TO coop_app;
GRANT SELECT, INSERT ON participation TO coop_app;
GRANT SELECT, INSERT ON ballot TO coop_app;
