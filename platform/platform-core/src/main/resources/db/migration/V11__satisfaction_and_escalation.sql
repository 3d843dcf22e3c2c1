-- The owner is asked how the service was a few days after it; the scheduler finds due tickets through this index.
ALTER TABLE ticket
  ADD COLUMN satisfaction_due_at        DATETIME(3),
  ADD COLUMN satisfaction_requested_at  DATETIME(3),
  ADD KEY ix_ticket_satisfaction_due (satisfaction_due_at);

-- How long each escalation level has to act before the next is told, per tenant (default 1 h).
CREATE TABLE escalation_setting (
  id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id            VARCHAR(40) NOT NULL,
  time_to_act_seconds  BIGINT      NOT NULL,
  UNIQUE KEY uq_escalation_setting (tenant_id),
  CONSTRAINT fk_escalation_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;
