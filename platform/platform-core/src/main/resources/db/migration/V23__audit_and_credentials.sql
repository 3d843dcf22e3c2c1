-- 审计日志: who did what, when, from where — sign-ins and every change of state, written in the same transaction as
-- the change. The application only ever inserts; entries are read newest first by the tenant's admin.
CREATE TABLE audit_entry (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(40)   NOT NULL,
  at              DATETIME(3)   NOT NULL,
  actor_kind      VARCHAR(10)   NOT NULL,
  actor_id        BIGINT,
  actor_name      VARCHAR(100)  NOT NULL,
  action          VARCHAR(40)   NOT NULL,
  subject_type    VARCHAR(30)   NOT NULL,
  subject_id      BIGINT,
  detail          VARCHAR(500),
  client_address  VARCHAR(64),
  KEY ix_audit_entry_newest (tenant_id, id),
  KEY ix_audit_entry_subject (tenant_id, subject_type, subject_id, id),
  KEY ix_audit_entry_actor (tenant_id, actor_kind, actor_id, id),
  CONSTRAINT fk_audit_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counts password changes: a token or session carries the count it was issued under and stops working once the
-- password changes, on every node.
ALTER TABLE staff_member ADD COLUMN credential_version INT NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN credential_version INT NOT NULL DEFAULT 0;
ALTER TABLE operator_account ADD COLUMN credential_version INT NOT NULL DEFAULT 0;
