-- 批量导入: one upload of an Excel file of regions, projects, buildings, households and residents, with its progress
-- and counts, written in chunks by a background task.
CREATE TABLE import_job (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(40)   NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  total_rows      INT           NOT NULL,
  done_rows       INT           NOT NULL,
  inserted_rows   INT           NOT NULL,
  updated_rows    INT           NOT NULL,
  unchanged_rows  INT           NOT NULL,
  failed_rows     INT           NOT NULL,
  started_by_id   BIGINT        NOT NULL,
  started_at      DATETIME(3)   NOT NULL,
  progressed_at   DATETIME(3)   NOT NULL,
  finished_at     DATETIME(3),
  KEY ix_import_job_started (tenant_id, started_at),
  CONSTRAINT fk_import_job_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_import_job_started_by FOREIGN KEY (started_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A row that did not go in, with its cells as the file had them (so it can be downloaded, fixed and imported again)
-- and every reason, each naming its column.
CREATE TABLE import_rejected_row (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)   NOT NULL,
  job_id     BIGINT        NOT NULL,
  row_no     INT           NOT NULL,
  cells      TEXT          NOT NULL,
  errors     TEXT          NOT NULL,
  UNIQUE KEY uq_import_rejected_row (tenant_id, job_id, row_no),
  CONSTRAINT fk_import_rejected_row_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_import_rejected_row_job FOREIGN KEY (job_id) REFERENCES import_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
