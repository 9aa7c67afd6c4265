-- A motion may put a pending expulsion case to the general assembly; only a special resolution decides it (§25, §29).
ALTER TABLE motion
    ADD COLUMN expulsion_case_id BIGINT NULL AFTER resolution,
    ADD CONSTRAINT fk_motion_expulsion FOREIGN KEY (expulsion_case_id) REFERENCES expulsion_case (id),
    ADD CONSTRAINT ck_motion_expulsion_special CHECK (expulsion_case_id IS NULL OR resolution = 'SPECIAL');
