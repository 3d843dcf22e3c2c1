-- Where the problem is: the household's unit, or a spot in its building's common area (e.g. 3单元电梯厅).
ALTER TABLE ticket
  ADD COLUMN location_place  VARCHAR(12)   NOT NULL DEFAULT 'UNIT',
  ADD COLUMN location_spot   VARCHAR(120);

-- How long after the resolution an owner may reopen a ticket, per tenant (default 7 days; sla.yaml reopen: within:).
CREATE TABLE reopen_setting (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(40)  NOT NULL,
  within_seconds  BIGINT       NOT NULL,
  UNIQUE KEY uq_reopen_setting (tenant_id),
  CONSTRAINT fk_reopen_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
