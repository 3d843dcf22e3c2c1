-- 知识库 / 常见问题: articles staff write (or provisioning loads from faq.yaml, matched by code), searched by owners.
CREATE TABLE knowledge_article (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  code           VARCHAR(40),
  question       VARCHAR(120)  NOT NULL,
  answer         TEXT          NOT NULL,
  category       VARCHAR(32),
  keywords       VARCHAR(200)  NOT NULL,
  published      BOOLEAN       NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  updated_by_id  BIGINT,
  UNIQUE KEY uq_knowledge_article_code (tenant_id, code),
  -- the search index's fingerprint (count, max updated_at) reads only this index
  KEY ix_knowledge_article_updated (tenant_id, updated_at),
  CONSTRAINT fk_knowledge_article_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (slug),
  CONSTRAINT fk_knowledge_article_updated_by FOREIGN KEY (updated_by_id) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 这解决了我的问题: once per household and article, with when, so the dashboard can count deflection by period.
CREATE TABLE knowledge_helpful (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(40)   NOT NULL,
  article_id    BIGINT        NOT NULL,
  household_id  BIGINT        NOT NULL,
  marked_at     DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_knowledge_helpful (tenant_id, article_id, household_id),
  KEY ix_knowledge_helpful_at (tenant_id, marked_at),
  CONSTRAINT fk_knowledge_helpful_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id),
  CONSTRAINT fk_knowledge_helpful_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What owners searched for and how many articles it found: searches in total against those marked helpful.
CREATE TABLE knowledge_search (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(40)   NOT NULL,
  query        VARCHAR(100)  NOT NULL,
  hits         INT           NOT NULL,
  searched_at  DATETIME(3)   NOT NULL,
  KEY ix_knowledge_search_at (tenant_id, searched_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
