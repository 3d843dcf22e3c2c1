-- Platform-wide rows: no tenant.
CREATE TABLE tenant (
  slug        VARCHAR(40)  NOT NULL PRIMARY KEY,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  theme       VARCHAR(40)  NOT NULL,
  created_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE operator_account (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(40)  NOT NULL,
  display_name   VARCHAR(60)  NOT NULL,
  password_hash  VARCHAR(200) NOT NULL,
  UNIQUE KEY uq_operator_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_secret (
  name    VARCHAR(40)   NOT NULL PRIMARY KEY,
  secret  VARBINARY(64) NOT NULL
) ENGINE = InnoDB;

-- Tenant-owned rows: tenant_id leads every key and index.
CREATE TABLE region (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)  NOT NULL,
  code       VARCHAR(40)  NOT NULL,
  name_zh    VARCHAR(100) NOT NULL,
  name_en    VARCHAR(100) NOT NULL,
  UNIQUE KEY uq_region_code (tenant_id, code),
  CONSTRAINT fk_region_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)  NOT NULL,
  region_id  BIGINT       NOT NULL,
  code       VARCHAR(40)  NOT NULL,
  name_zh    VARCHAR(100) NOT NULL,
  name_en    VARCHAR(100) NOT NULL,
  address    VARCHAR(200),
  UNIQUE KEY uq_project_code (tenant_id, code),
  KEY ix_project_region (tenant_id, region_id),
  CONSTRAINT fk_project_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_project_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE building (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(40)  NOT NULL,
  project_id  BIGINT       NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  UNIQUE KEY uq_building_code (tenant_id, project_id, code),
  CONSTRAINT fk_building_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_building_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40)   NOT NULL,
  building_id  BIGINT        NOT NULL,
  unit         VARCHAR(20)   NOT NULL,
  floor_area   DECIMAL(8, 2) NOT NULL,
  UNIQUE KEY uq_household_unit (tenant_id, building_id, unit),
  CONSTRAINT fk_household_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_household_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_member (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)  NOT NULL,
  username       VARCHAR(40)  NOT NULL,
  display_name   VARCHAR(60)  NOT NULL,
  role           VARCHAR(32)  NOT NULL,
  phone          VARCHAR(20),
  skills         VARCHAR(200),
  password_hash  VARCHAR(200) NOT NULL,
  UNIQUE KEY uq_staff_username (tenant_id, username),
  KEY ix_staff_role (tenant_id, role),
  CONSTRAINT fk_staff_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_assignment (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40) NOT NULL,
  staff_id     BIGINT      NOT NULL,
  region_id    BIGINT,
  project_id   BIGINT,
  building_id  BIGINT,
  KEY ix_assignment_staff (tenant_id, staff_id),
  KEY ix_assignment_project (tenant_id, project_id),
  KEY ix_assignment_building (tenant_id, building_id),
  CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  CONSTRAINT fk_assignment_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT fk_assignment_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_assignment_building FOREIGN KEY (building_id) REFERENCES building (id),
  CONSTRAINT ck_assignment_one_place CHECK (
    (region_id IS NOT NULL) + (project_id IS NOT NULL) + (building_id IS NOT NULL) = 1)
) ENGINE = InnoDB;

CREATE TABLE resident (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)  NOT NULL,
  household_id   BIGINT,
  name           VARCHAR(60)  NOT NULL,
  phone          VARCHAR(20)  NOT NULL,
  relation       VARCHAR(20)  NOT NULL,
  password_hash  VARCHAR(200) NOT NULL,
  UNIQUE KEY uq_resident_phone (tenant_id, phone),
  KEY ix_resident_household (tenant_id, household_id),
  CONSTRAINT fk_resident_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_resident_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE committee_seat (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40) NOT NULL,
  project_id   BIGINT      NOT NULL,
  committee    VARCHAR(24) NOT NULL,
  resident_id  BIGINT      NOT NULL,
  UNIQUE KEY uq_committee_seat (tenant_id, project_id, committee, resident_id),
  KEY ix_committee_resident (tenant_id, resident_id),
  CONSTRAINT fk_seat_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_seat_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_seat_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB;
