-- 预警: a company's own limits for the alert rules (no row: the defaults in AlertThresholds).
CREATE TABLE alert_setting (
  id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id                VARCHAR(40)  NOT NULL,
  response_hours           DOUBLE       NOT NULL,
  response_days            INT          NOT NULL,
  complaint_rise_percent   INT          NOT NULL,
  bad_review_percent       INT          NOT NULL,
  acknowledgement_percent  INT          NOT NULL,
  breaches_per_day         INT          NOT NULL,
  UNIQUE KEY uq_alert_setting (tenant_id),
  CONSTRAINT fk_alert_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;

-- When each company's projects are next checked; the row is locked while one node checks them.
CREATE TABLE alert_check (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)  NOT NULL,
  next_check_at  DATETIME(3)  NOT NULL,
  checked_at     DATETIME(3),
  UNIQUE KEY uq_alert_check (tenant_id),
  KEY ix_alert_check_next (next_check_at),
  CONSTRAINT fk_alert_check_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;

-- How each project stands on each rule at the last check.
CREATE TABLE alert_standing (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40)   NOT NULL,
  project_id   BIGINT        NOT NULL,
  rule         VARCHAR(24)   NOT NULL,
  level        VARCHAR(8)    NOT NULL,
  reason_zh    VARCHAR(300)  NOT NULL,
  reason_en    VARCHAR(300)  NOT NULL,
  checked_at   DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_alert_standing (tenant_id, project_id, rule),
  CONSTRAINT fk_alert_standing_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_alert_standing_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A project red on a rule, from the check that found it red until the one that found it green again. open_rule is
-- the rule while open and NULL once closed, so the unique key allows one open episode per project and rule.
CREATE TABLE alert_episode (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40)   NOT NULL,
  project_id   BIGINT        NOT NULL,
  rule         VARCHAR(24)   NOT NULL,
  level        VARCHAR(8)    NOT NULL,
  reason_zh    VARCHAR(300)  NOT NULL,
  reason_en    VARCHAR(300)  NOT NULL,
  opened_at    DATETIME(3)   NOT NULL,
  closed_at    DATETIME(3),
  open_rule    VARCHAR(24),
  notified     INT           NOT NULL,
  UNIQUE KEY uq_alert_episode_open (tenant_id, project_id, open_rule),
  KEY ix_alert_episode_project (tenant_id, project_id, opened_at),
  CONSTRAINT fk_alert_episode_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_alert_episode_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The checks read a week of answers, complaints, ratings and breaches per company through these.
ALTER TABLE ticket_clock
  ADD KEY ix_clock_stopped (tenant_id, kind, stopped_at),
  ADD KEY ix_clock_breached (tenant_id, breached_at);
ALTER TABLE ticket
  ADD KEY ix_ticket_category_created (tenant_id, category, created_at);
ALTER TABLE ticket_event
  ADD KEY ix_event_action_at (tenant_id, action, at);
