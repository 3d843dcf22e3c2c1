-- 沟通台账: calls, visits and talks staff record with a household, shown with its tickets on one timeline.
CREATE TABLE ledger_entry (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(40)    NOT NULL,
  household_id    BIGINT         NOT NULL,
  kind            VARCHAR(16)    NOT NULL,
  occurred_at     DATETIME(3)    NOT NULL,
  participants    VARCHAR(500),
  content         VARCHAR(4000)  NOT NULL,
  follow_up       VARCHAR(1000),
  follow_up_by    DATE,
  recorded_by_id  BIGINT         NOT NULL,
  recorded_at     DATETIME(3)    NOT NULL,
  KEY ix_ledger_household (tenant_id, household_id, occurred_at),
  KEY ix_ledger_occurred (tenant_id, occurred_at),
  CONSTRAINT fk_ledger_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_ledger_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT fk_ledger_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
