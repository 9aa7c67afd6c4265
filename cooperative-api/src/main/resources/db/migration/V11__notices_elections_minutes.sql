-- §28: the notice of a meeting reaches each member on its roll in the app and by e-mail; when it did is kept.
-- The e-mail column is a queue: QUEUED rows are claimed by one sender (claimed_until) and end SENT or FAILED.
CREATE TABLE meeting_notice (
    meeting_id     BIGINT       NOT NULL,
    membership_id  BIGINT       NOT NULL,
    email          VARCHAR(320) NULL,
    email_status   VARCHAR(10)  NOT NULL,
    email_attempts INT          NOT NULL DEFAULT 0,
    email_sent_at  TIMESTAMP(6) NULL,
    email_error    VARCHAR(500) NULL,
    claimed_until  TIMESTAMP(6) NULL,
    seen_in_app_at TIMESTAMP(6) NULL,
    PRIMARY KEY (meeting_id, membership_id),
    CONSTRAINT fk_notice_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_notice_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_notice_status CHECK (email_status IN ('QUEUED', 'SENT', 'FAILED', 'NO_ADDRESS')),
    CONSTRAINT ck_notice_sent CHECK ((email_status = 'SENT') = (email_sent_at IS NOT NULL)),
    INDEX ix_notice_queue (email_status, claimed_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Elections of officers: a motion with an office, a number of seats, the tie rule stated on the ballot, and its
-- candidates in ballot order. A ballot's choice is then the chosen candidates' numbers ("1+3") or BLANK.
ALTER TABLE motion
    ADD COLUMN office   VARCHAR(8)  NULL AFTER expulsion_case_id,
    ADD COLUMN seats    INT         NULL AFTER office,
    ADD COLUMN tie_rule VARCHAR(10) NULL AFTER seats,
    ADD CONSTRAINT ck_motion_election CHECK ((office IS NULL AND seats IS NULL AND tie_rule IS NULL)
        OR (office IN ('CHAIR', 'DIRECTOR', 'AUDITOR') AND seats BETWEEN 1 AND 20 AND tie_rule IN ('LOT', 'SENIORITY')
            AND resolution = 'ORDINARY' AND expulsion_case_id IS NULL));

CREATE TABLE candidate (
    motion_id     BIGINT       NOT NULL,
    number        INT          NOT NULL,
    membership_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    member_number INT          NOT NULL,
    PRIMARY KEY (motion_id, number),
    CONSTRAINT fk_candidate_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_candidate_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT uq_candidate_member UNIQUE (motion_id, membership_id),
    CONSTRAINT ck_candidate_number CHECK (number BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE ballot
    DROP CONSTRAINT ck_ballot_choice,
    MODIFY choice VARCHAR(80) NOT NULL,
    ADD CONSTRAINT ck_ballot_choice CHECK (choice IN ('YES', 'NO', 'ABSTAIN', 'BLANK') OR choice REGEXP '^[0-9]{1,2}([+][0-9]{1,2})*$');

-- §30: the minutes of a meeting: the proceedings as drafted, signed by the chair and at least 3 members elected at
-- the meeting. Once a signatory signed, the draft no longer changes.
CREATE TABLE minutes (
    meeting_id  BIGINT       NOT NULL,
    coop_id     BIGINT       NOT NULL,
    proceedings MEDIUMTEXT   NULL,
    drafted_by  VARCHAR(200) NOT NULL,
    drafted_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_minutes_coop FOREIGN KEY (coop_id) REFERENCES cooperative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_signatory (
    meeting_id    BIGINT       NOT NULL,
    membership_id BIGINT       NOT NULL,
    role          VARCHAR(6)   NOT NULL,
    signed_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (meeting_id, membership_id),
    CONSTRAINT fk_signatory_minutes FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id),
    CONSTRAINT fk_signatory_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_signatory_role CHECK (role IN ('CHAIR', 'MEMBER'))
) ENGINE = InnoDB;

GRANT SELECT, INSERT, UPDATE ON meeting_notice TO coop_app;
GRANT SELECT, INSERT ON candidate TO coop_app;
GRANT SELECT, INSERT, UPDATE ON minutes TO coop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON minutes_signatory TO coop_app;
