CREATE TABLE reply_script (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(40)   NOT NULL,
  code       VARCHAR(40)   NOT NULL,
  category   VARCHAR(32),
  title      VARCHAR(80)   NOT NULL,
  body       VARCHAR(2000) NOT NULL,
  UNIQUE KEY uq_reply_script_code (tenant_id, code),
  KEY ix_reply_script_category (tenant_id, category),
  CONSTRAINT fk_reply_script_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
