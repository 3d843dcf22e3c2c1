-- Staff notification e-mail (an escalation, an alert) is a delivery too, so that it is retried while the SMTP server is
-- away instead of lost: such a delivery is for a staff member, not an owner, and has no resident.
ALTER TABLE delivery MODIFY resident_id BIGINT NULL;
