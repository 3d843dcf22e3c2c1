-- When each plugin's scheduled job is next due for each tenant: a node runs a job only after moving this time on,
-- so one run happens however many nodes look.
CREATE TABLE plugin_job_run (
  tenant_id      VARCHAR(40)   NOT NULL,
  plugin_id      VARCHAR(64)   NOT NULL,
  job            VARCHAR(64)   NOT NULL,
  next_run_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (tenant_id, plugin_id, job),
  CONSTRAINT fk_plugin_job_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
