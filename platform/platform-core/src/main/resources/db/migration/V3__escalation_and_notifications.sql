ALTER TABLE ticket_clock ADD COLUMN escalate_again_at DATETIME(3) AFTER breached_at;

CREATE TABLE notification (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  recipient_id  BIGINT        NOT NULL,
  kind          VARCHAR(24)   NOT NULL,
  text          VARCHAR(500)  NOT NULL,
  link          VARCHAR(200),
  created_at    DATETIME(3)   NOT NULL,
  read_at       DATETIME(3),
  KEY ix_notification_recipient (tenant_id, recipient_id, id),
  CONSTRAINT fk_notification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
