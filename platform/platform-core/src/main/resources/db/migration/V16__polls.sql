-- 投票 / 意见征集: a poll of one project's households, with the thresholds it was created with.
CREATE TABLE poll (
  id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id          VARCHAR(40)    NOT NULL,
  project_id         BIGINT         NOT NULL,
  title              VARCHAR(120)   NOT NULL,
  description        TEXT           NOT NULL,
  kind               VARCHAR(16)    NOT NULL,
  secret             BOOLEAN        NOT NULL,
  opens_at           DATETIME(3)    NOT NULL,
  closes_at          DATETIME(3)    NOT NULL,
  participation_num  INT            NOT NULL,
  participation_den  INT            NOT NULL,
  approval_num       INT            NOT NULL,
  approval_den       INT            NOT NULL,
  approval_strict    BOOLEAN        NOT NULL,
  created_at         DATETIME(3)    NOT NULL,
  created_by_id      BIGINT         NOT NULL,
  KEY ix_poll_project (tenant_id, project_id, closes_at),
  CONSTRAINT fk_poll_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_poll_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_poll_created_by FOREIGN KEY (created_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll_option (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)   NOT NULL,
  poll_id    BIGINT        NOT NULL,
  position   INT           NOT NULL,
  label      VARCHAR(60)   NOT NULL,
  stance     VARCHAR(10)   NOT NULL,
  UNIQUE KEY uq_poll_option (tenant_id, poll_id, position),
  CONSTRAINT fk_poll_option_poll FOREIGN KEY (poll_id) REFERENCES poll (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ballot per household and poll, whatever the timing of two votes: a later vote changes this row.
CREATE TABLE poll_ballot (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  poll_id        BIGINT        NOT NULL,
  household_id   BIGINT        NOT NULL,
  option_id      BIGINT        NOT NULL,
  cast_by_id     BIGINT        NOT NULL,
  first_cast_at  DATETIME(3)   NOT NULL,
  cast_at        DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_poll_ballot (tenant_id, poll_id, household_id),
  CONSTRAINT fk_poll_ballot_poll FOREIGN KEY (poll_id) REFERENCES poll (id),
  CONSTRAINT fk_poll_ballot_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT fk_poll_ballot_option FOREIGN KEY (option_id) REFERENCES poll_option (id),
  CONSTRAINT fk_poll_ballot_cast_by FOREIGN KEY (cast_by_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
