-- Notices reach households of a company, project, building or a list of units, through channels, perhaps later;
-- each household that a notice is for has a receipt from the start, which also carries its next reminder.
ALTER TABLE notice
  ADD COLUMN audience     VARCHAR(12)  NOT NULL DEFAULT 'COMPANY',
  ADD COLUMN building_id  BIGINT,
  ADD COLUMN channels     VARCHAR(60)  NOT NULL DEFAULT 'PORTAL',
  ADD COLUMN emergency    BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT fk_notice_building FOREIGN KEY (building_id) REFERENCES building (id);
UPDATE notice SET audience = 'PROJECT' WHERE project_id IS NOT NULL;

ALTER TABLE notice_receipt
  MODIFY COLUMN read_at DATETIME(3),
  ADD COLUMN next_step     INT         NOT NULL DEFAULT 0,
  ADD COLUMN next_step_at  DATETIME(3),
  ADD KEY ix_notice_receipt_next_step (next_step_at),
  ADD KEY ix_notice_receipt_household (tenant_id, household_id);

INSERT INTO notice_receipt (tenant_id, notice_id, household_id)
  SELECT n.tenant_id, n.id, h.id FROM notice n
    JOIN household h ON h.tenant_id = n.tenant_id
    JOIN building b ON b.id = h.building_id
  WHERE (n.project_id IS NULL OR b.project_id = n.project_id)
    AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.household_id = h.id);

-- How an owner wants to be reached (免打扰时段, channels, language); no row: the defaults.
CREATE TABLE contact_preference (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  resident_id   BIGINT        NOT NULL,
  channels      VARCHAR(60)   NOT NULL,
  email         VARCHAR(120),
  quiet_start   TIME,
  quiet_end     TIME,
  language      VARCHAR(10)   NOT NULL,
  UNIQUE KEY uq_contact_preference (tenant_id, resident_id),
  CONSTRAINT fk_contact_preference_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_contact_preference_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A browser's web-push subscription of a resident (endpoint and keys as the browser gave them).
CREATE TABLE push_subscription (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  resident_id   BIGINT        NOT NULL,
  endpoint      VARCHAR(500)  NOT NULL,
  p256dh        VARCHAR(200)  NOT NULL,
  auth          VARCHAR(100)  NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_push_subscription (tenant_id, resident_id, endpoint(300)),
  CONSTRAINT fk_push_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_push_subscription_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One message to one owner through one channel (a phone task: whom the steward calls), with its state; the sender finds due ones by next_attempt_at.
CREATE TABLE delivery (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        VARCHAR(40)   NOT NULL,
  channel          VARCHAR(12)   NOT NULL,
  about            VARCHAR(40)   NOT NULL,
  resident_id      BIGINT        NOT NULL,
  address          VARCHAR(500),
  subject          VARCHAR(200)  NOT NULL,
  text             TEXT          NOT NULL,
  link             VARCHAR(200),
  status           VARCHAR(12)   NOT NULL,
  attempts         INT           NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  next_attempt_at  DATETIME(3),
  finished_at      DATETIME(3),
  last_error       VARCHAR(500),
  KEY ix_delivery_next_attempt (channel, next_attempt_at),
  KEY ix_delivery_about (tenant_id, about),
  CONSTRAINT fk_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_delivery_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every try of a delivery: sent, failed (and so retried later) or given up.
CREATE TABLE delivery_attempt (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  delivery_id   BIGINT        NOT NULL,
  attempted_at  DATETIME(3)   NOT NULL,
  outcome       VARCHAR(12)   NOT NULL,
  detail        VARCHAR(500),
  KEY ix_delivery_attempt (tenant_id, delivery_id),
  CONSTRAINT fk_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The company's reminders for an unacknowledged critical notice (tenants/<slug>/notices.yaml); none: the default.
CREATE TABLE notice_reminder_step (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  position       INT           NOT NULL,
  after_seconds  BIGINT        NOT NULL,
  channels       VARCHAR(60)   NOT NULL,
  UNIQUE KEY uq_notice_reminder_step (tenant_id, position),
  CONSTRAINT fk_notice_reminder_step_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB;

-- The VAPID key pair that signs web pushes is kept with the platform's other secrets.
ALTER TABLE platform_secret MODIFY COLUMN secret VARBINARY(512) NOT NULL;
