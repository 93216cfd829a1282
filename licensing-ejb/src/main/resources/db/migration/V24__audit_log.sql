-- The audit log (issue 15): one row per administrative change: who, when, what, before and after.
-- Append-only: the application inserts rows and never updates or deletes them (the entity's columns
-- are updatable=false and it has no setters). The one exception is privacy: when a person deletes
-- their account, PersonalDataService replaces their address (as actor, subject label and inside the
-- snapshots) with the pseudonym it writes everywhere else (as in quote.decided_by) -- unless they
-- acted as the distributor's staff, whose decisions stay named like review decisions and rights
-- changes (README, Privacy). actor_account_id is a bare number without a foreign key: the account
-- row itself is deleted.
--
-- No trigger refusing UPDATE/DELETE here: PostgreSQL needs a PL/pgSQL function and H2 a Java class,
-- and no statement creates a trigger in both, while this migration must run on both unchanged.
-- docs/audit.md gives the PostgreSQL-only statements for operators who want the database to refuse
-- changes too (grant the portal's role INSERT and SELECT only).
--
-- before_json/after_json are small JSON objects of the fields that matter (never passwords, token
-- hashes or secrets), VARCHAR(1000000) like mail_outbox bodies so that both databases read plain strings.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id               BIGINT        NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id BIGINT,
    actor_email      VARCHAR(320),
    actor_name       VARCHAR(200),
    actor_role       VARCHAR(20),
    action           VARCHAR(40)   NOT NULL,
    subject_type     VARCHAR(30)   NOT NULL,
    subject_id       VARCHAR(100),
    subject_label    VARCHAR(300),
    institution_id   BIGINT,
    before_json      VARCHAR(1000000),
    after_json       VARCHAR(1000000),
    source           VARCHAR(10)   NOT NULL,
    request_id       VARCHAR(64)
);
-- The listing is newest first, filtered by one of these at a time (or none).
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_email, occurred_at);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, occurred_at);
CREATE INDEX audit_entry_institution ON audit_entry (institution_id, occurred_at);
