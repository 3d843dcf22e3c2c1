-- The dashboard reads a period's tickets of the company or of one project by when they were received.
CREATE INDEX ix_ticket_created ON ticket (tenant_id, created_at);
CREATE INDEX ix_ticket_project_created ON ticket (tenant_id, project_id, created_at);
