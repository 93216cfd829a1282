-- Mail a member turned off (issue 13). No row: news and reminders are on.
CREATE TABLE mail_preference (
    account_id BIGINT  NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    news       BOOLEAN NOT NULL,
    reminders  BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When the "your license starts today" mail of a license bought ahead went out, so that it goes out once
-- (as renewal_reminder_sent_at does for the reminder; an expiry is marked by the status change itself).
ALTER TABLE license ADD COLUMN start_notice_sent_at TIMESTAMP WITH TIME ZONE;
