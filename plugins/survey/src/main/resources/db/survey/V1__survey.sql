-- The surveys plugin's tables. Every row belongs to one tenant (tenant_id), as the platform requires.
CREATE TABLE survey_questionnaire (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(40)   NOT NULL,
  name           VARCHAR(120)  NOT NULL,
  template       VARCHAR(20)   NOT NULL,
  after_service  BOOLEAN       NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  KEY ix_survey_questionnaire_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_question (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(40)   NOT NULL,
  questionnaire_id  BIGINT        NOT NULL,
  position          INT           NOT NULL,
  kind              VARCHAR(12)   NOT NULL,
  text              VARCHAR(300)  NOT NULL,
  dimension         VARCHAR(20),
  options           VARCHAR(1000),
  KEY ix_survey_question (tenant_id, questionnaire_id, position),
  CONSTRAINT fk_survey_question FOREIGN KEY (questionnaire_id) REFERENCES survey_questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One owner is asked once about one ticket; the survey opens outside quiet hours and expires unanswered.
CREATE TABLE survey_invitation (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(40)   NOT NULL,
  questionnaire_id  BIGINT        NOT NULL,
  ticket_id         BIGINT        NOT NULL,
  household_id      BIGINT        NOT NULL,
  project_id        BIGINT        NOT NULL,
  project_name      VARCHAR(120)  NOT NULL,
  ticket_title      VARCHAR(200)  NOT NULL,
  status            VARCHAR(12)   NOT NULL,
  opens_at          DATETIME(3)   NOT NULL,
  expires_at        DATETIME(3)   NOT NULL,
  answered_at       DATETIME(3),
  answered_month    CHAR(7),
  answered_by       BIGINT,
  UNIQUE KEY uq_survey_invitation_ticket (tenant_id, ticket_id),
  KEY ix_survey_invitation_household (tenant_id, household_id, status),
  KEY ix_survey_invitation_expiry (tenant_id, status, expires_at),
  CONSTRAINT fk_survey_invitation FOREIGN KEY (questionnaire_id) REFERENCES survey_questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(40)   NOT NULL,
  invitation_id     BIGINT        NOT NULL,
  question_id       BIGINT        NOT NULL,
  score             INT,
  choices           VARCHAR(1000),
  text              VARCHAR(1000),
  KEY ix_survey_answer (tenant_id, invitation_id),
  CONSTRAINT fk_survey_answer_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id),
  CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
