-- The dashboard reads daily tallies of tickets, kept by TicketTallies from the tickets changed since it last looked,
-- instead of aggregating every ticket of a period on each view.
CREATE INDEX ix_ticket_created ON ticket (tenant_id, created_at);
CREATE INDEX ix_ticket_building_created ON ticket (tenant_id, building_id, created_at);
CREATE INDEX ix_ticket_updated ON ticket (updated_at);

-- The tickets received on one day (the company's) in one building, of one category and channel, counted; with
-- each of their clocks (response, resolution, on site, return visit): judged (stopped or breached), on time,
-- stopped, seconds taken.
CREATE TABLE ticket_day_tally (
  tenant_id           VARCHAR(40)  NOT NULL,
  day                 DATE         NOT NULL,
  building_id         BIGINT       NOT NULL,
  project_id          BIGINT       NOT NULL,
  category            VARCHAR(32)  NOT NULL,
  channel             VARCHAR(12)  NOT NULL,
  received            INT          NOT NULL,
  resolved            INT          NOT NULL,
  first_contact       INT          NOT NULL,
  rated               INT          NOT NULL,
  rating_sum          INT          NOT NULL,
  low_rated           INT          NOT NULL,
  repeats             INT          NOT NULL,
  response_judged     INT          NOT NULL,
  response_on_time    INT          NOT NULL,
  response_stopped    INT          NOT NULL,
  response_seconds    BIGINT       NOT NULL,
  resolution_judged   INT          NOT NULL,
  resolution_on_time  INT          NOT NULL,
  resolution_stopped  INT          NOT NULL,
  resolution_seconds  BIGINT       NOT NULL,
  on_site_judged      INT          NOT NULL,
  on_site_on_time     INT          NOT NULL,
  on_site_stopped     INT          NOT NULL,
  on_site_seconds     BIGINT       NOT NULL,
  visit_judged        INT          NOT NULL,
  visit_on_time       INT          NOT NULL,
  visit_stopped       INT          NOT NULL,
  visit_seconds       BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, day, building_id, category, channel),
  KEY ix_ticket_day_tally_project (tenant_id, project_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same tickets' stopped response clocks by time taken (ServiceFigures.bucketOf), for the 90th percentile.
CREATE TABLE ticket_day_response (
  tenant_id      VARCHAR(40)  NOT NULL,
  day            DATE         NOT NULL,
  building_id    BIGINT       NOT NULL,
  project_id     BIGINT       NOT NULL,
  up_to_minutes  INT          NOT NULL,
  clocks         INT          NOT NULL,
  PRIMARY KEY (tenant_id, day, building_id, up_to_minutes),
  KEY ix_ticket_day_response_project (tenant_id, project_id, day)
) ENGINE = InnoDB;

-- Platform-wide: the tickets changed up to (changed_at, ticket_id) are in the tallies; refreshed_at is the last look.
CREATE TABLE tally_watermark (
  name          VARCHAR(40)  NOT NULL PRIMARY KEY,
  changed_at    DATETIME(3)  NOT NULL,
  ticket_id     BIGINT       NOT NULL,
  refreshed_at  DATETIME(3)
) ENGINE = InnoDB;
INSERT INTO tally_watermark (name, changed_at, ticket_id) VALUES ('tickets', '1970-01-02 00:00:00', 0);
