-- 公告: notices to the whole company's households or one project's, normal, important or critical.
CREATE TABLE notice (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(40)    NOT NULL,
  project_id      BIGINT,
  title           VARCHAR(120)   NOT NULL,
  body            TEXT           NOT NULL,
  severity        VARCHAR(12)    NOT NULL,
  published_at    DATETIME(3)    NOT NULL,
  published_by_id BIGINT         NOT NULL,
  KEY ix_notice_published (tenant_id, published_at),
  CONSTRAINT fk_notice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_notice_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_notice_published_by FOREIGN KEY (published_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A household read a notice (and, for a critical one, said 已知晓): once per household.
CREATE TABLE notice_receipt (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        VARCHAR(40)   NOT NULL,
  notice_id        BIGINT        NOT NULL,
  household_id     BIGINT        NOT NULL,
  read_at          DATETIME(3)   NOT NULL,
  acknowledged_at  DATETIME(3),
  acknowledged_by  BIGINT,
  UNIQUE KEY uq_notice_receipt (tenant_id, notice_id, household_id),
  CONSTRAINT fk_notice_receipt_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_receipt_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
