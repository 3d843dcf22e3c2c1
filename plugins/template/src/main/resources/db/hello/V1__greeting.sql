-- A plugin's tables start with its id and carry tenant_id; the platform fills and filters it.
CREATE TABLE hello_greeting (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)   NOT NULL,
  ticket_id  BIGINT        NOT NULL,
  title      VARCHAR(200)  NOT NULL,
  KEY ix_hello_greeting (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
