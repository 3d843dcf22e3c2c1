ALTER TABLE ticket ADD COLUMN repeat_complaint BOOLEAN NOT NULL DEFAULT FALSE AFTER reopen_count;
CREATE INDEX ix_ticket_household_category ON ticket (tenant_id, household_id, category, created_at);
