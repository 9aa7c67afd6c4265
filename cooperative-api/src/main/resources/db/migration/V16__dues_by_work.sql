-- Dues by work: a fee per delivery, or a share of the income earned, both of the previous month's confirmed work
-- records; each charge keeps the figure it was worked out from (deliveries, or income in won).
ALTER TABLE dues_plan
    DROP CONSTRAINT ck_dues_plan_kind,
    MODIFY kind VARCHAR(20) NOT NULL,
    ADD COLUMN rate_bp INT NULL AFTER amount_won,
    ADD CONSTRAINT ck_dues_plan_kind CHECK (kind IN ('FLAT_MONTHLY', 'PER_DELIVERY', 'PERCENT_OF_INCOME')),
    ADD CONSTRAINT ck_dues_plan_rate CHECK ((kind = 'PERCENT_OF_INCOME') = (rate_bp IS NOT NULL)
        AND (rate_bp IS NULL OR rate_bp BETWEEN 1 AND 3000));

ALTER TABLE dues_charge
    ADD COLUMN basis_quantity BIGINT NULL AFTER amount_won;
