-- 客户画像: a household's current tags, by rule (recomputed as its tickets change and daily) or set by staff.
CREATE TABLE household_tag (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  household_id  BIGINT        NOT NULL,
  tag           VARCHAR(40)   NOT NULL,
  source        VARCHAR(8)    NOT NULL,
  since         DATETIME(3)   NOT NULL,
  added_by_id   BIGINT,
  UNIQUE KEY uq_household_tag (tenant_id, household_id, tag),
  KEY ix_household_tag_tag (tenant_id, tag, household_id),
  CONSTRAINT fk_household_tag_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_household_tag_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT fk_household_tag_added_by FOREIGN KEY (added_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 特殊关怀 (独居老人, 孕妇, 残障人士): per household, shown only to the roles allowed to see them.
CREATE TABLE household_care (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  household_id  BIGINT        NOT NULL,
  kind          VARCHAR(16)   NOT NULL,
  note          VARCHAR(200),
  since         DATETIME(3)   NOT NULL,
  set_by_id     BIGINT        NOT NULL,
  UNIQUE KEY uq_household_care (tenant_id, household_id, kind),
  KEY ix_household_care_kind (tenant_id, kind, household_id),
  CONSTRAINT fk_household_care_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_household_care_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT fk_household_care_set_by FOREIGN KEY (set_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 客户分群: a saved filter over households, shared in the company, usable as a notice audience.
CREATE TABLE resident_filter (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  name           VARCHAR(60)   NOT NULL,
  project_id     BIGINT,
  building_id    BIGINT,
  with_tags      VARCHAR(400)  NOT NULL,
  without_tags   VARCHAR(400)  NOT NULL,
  special_care   VARCHAR(60)   NOT NULL,
  created_by_id  BIGINT        NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_resident_filter_name (tenant_id, name),
  CONSTRAINT fk_resident_filter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_resident_filter_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_resident_filter_building FOREIGN KEY (building_id) REFERENCES building (id),
  CONSTRAINT fk_resident_filter_created_by FOREIGN KEY (created_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When each company's rule tags are next recomputed in full (the time-based ones: inactive, stale tickets).
CREATE TABLE profile_sweep (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)   NOT NULL,
  next_at    DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_profile_sweep (tenant_id),
  CONSTRAINT fk_profile_sweep_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A notice to a saved filter keeps the filter's id and its name as it was when the notice went out.
ALTER TABLE notice ADD COLUMN segment_id BIGINT AFTER building_id, ADD COLUMN segment_name VARCHAR(60) AFTER segment_id,
  ADD CONSTRAINT fk_notice_segment FOREIGN KEY (segment_id) REFERENCES resident_filter (id);
