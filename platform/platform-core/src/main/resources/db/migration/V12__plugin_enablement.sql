-- Which plugins each tenant enabled, at which version, with the permissions its admin consented to.
CREATE TABLE plugin_enablement (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  plugin_id      VARCHAR(64)   NOT NULL,
  version        VARCHAR(32)   NOT NULL,
  permissions    VARCHAR(500)  NOT NULL,
  enabled        BOOLEAN       NOT NULL,
  changed_at     DATETIME(3)   NOT NULL,
  changed_by     VARCHAR(60)   NOT NULL,
  suspended_at   DATETIME(3),
  suspension     VARCHAR(500),
  UNIQUE KEY uq_plugin_enablement (tenant_id, plugin_id),
  CONSTRAINT fk_plugin_enablement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
