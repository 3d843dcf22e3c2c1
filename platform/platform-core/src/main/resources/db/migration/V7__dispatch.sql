ALTER TABLE ticket
  ADD COLUMN pooled BOOLEAN NOT NULL DEFAULT FALSE AFTER repeat_complaint,
  ADD COLUMN dispatched_at DATETIME(3) AFTER pooled,
  ADD COLUMN version BIGINT NOT NULL DEFAULT 0 AFTER dispatched_at;
CREATE INDEX ix_ticket_pool ON ticket (tenant_id, project_id, pooled, status);
CREATE INDEX ix_ticket_assignee_dispatched ON ticket (tenant_id, assignee_id, dispatched_at);

CREATE TABLE dispatch_rule (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40) NOT NULL,
  category   VARCHAR(32) NOT NULL,
  mode       VARCHAR(12) NOT NULL,
  skill      VARCHAR(12),
  UNIQUE KEY uq_dispatch_rule (tenant_id, category),
  CONSTRAINT fk_dispatch_rule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;
