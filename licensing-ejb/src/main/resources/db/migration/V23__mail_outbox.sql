-- Mail waits here from the business transaction that caused it until a worker has delivered it
-- (issue 15): a rolled-back change sends nothing, a committed one survives a mail server that is
-- down or a server that dies. Bodies are VARCHAR(1000000) like the cues of V13: both databases
-- read them as plain strings. Several servers share the table; a worker claims a row with one
-- conditional UPDATE of claimed_by/claimed_until, so one of them sends it, and a claim left by a
-- dead server expires. Bodies hold one-time links: the retention job deletes sent rows.
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    text_body       VARCHAR(1000000) NOT NULL,
    html_body       VARCHAR(1000000),
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at);

-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2 (as in V3).
CREATE TABLE mail_outbox_attachment (
    mail_id      BIGINT       NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    list_index   INTEGER      NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    PRIMARY KEY (mail_id, list_index)
);
