CREATE TABLE ticket_photo (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40)  NOT NULL,
  ticket_id    BIGINT       NOT NULL,
  kind         VARCHAR(8)   NOT NULL,
  size_bytes   INT          NOT NULL,
  content      MEDIUMBLOB   NOT NULL,
  actor_kind   VARCHAR(12),
  actor_id     BIGINT,
  actor_name   VARCHAR(60)  NOT NULL,
  uploaded_at  DATETIME(3)  NOT NULL,
  KEY ix_photo_ticket (tenant_id, ticket_id),
  CONSTRAINT fk_photo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_photo_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB;
