CREATE TABLE sla_override (
  id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id             VARCHAR(40) NOT NULL,
  category              VARCHAR(32) NOT NULL,
  priority              VARCHAR(8),
  respond_seconds       BIGINT,
  on_site_seconds       BIGINT,
  resolve_seconds       BIGINT,
  resolve_working_days  INT,
  return_visit_seconds  BIGINT,
  UNIQUE KEY uq_sla_override (tenant_id, category, priority),
  CONSTRAINT fk_sla_override_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;

CREATE TABLE calendar_day (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40) NOT NULL,
  day        DATE        NOT NULL,
  working    BOOLEAN     NOT NULL,
  UNIQUE KEY uq_calendar_day (tenant_id, day),
  CONSTRAINT fk_calendar_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;
