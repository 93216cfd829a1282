-- When the renewal reminder of a license went out, so that it goes out once.

ALTER TABLE license ADD COLUMN renewal_reminder_sent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX license_status_end ON license (status, end_date);
