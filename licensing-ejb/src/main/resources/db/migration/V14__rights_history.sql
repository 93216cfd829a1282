-- Rights studio: the append-only history of every change to a title's rights windows, and the licenses a
-- change left outside the rights, flagged for the distributor (the licenses themselves are not changed).
--
-- window_id is a plain number, not a reference: a withdrawn window's row is deleted, its history stays.
-- before_text / after_text: the window's right, territory and dates in words (null before an addition and
-- after a withdrawal). Nothing in the portal updates or deletes these rows.

CREATE SEQUENCE rights_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_rights_issue_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rights_change (
    id          BIGINT        NOT NULL PRIMARY KEY,
    title_id    BIGINT        NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    window_id   BIGINT        NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    before_text VARCHAR(1000),
    after_text  VARCHAR(1000),
    reason      VARCHAR(1000) NOT NULL,
    changed_by  VARCHAR(320)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rights_change_state CHECK (before_text IS NOT NULL OR after_text IS NOT NULL)
);
CREATE INDEX rights_change_title ON rights_change (title_id, changed_at);

CREATE TABLE license_rights_issue (
    id               BIGINT NOT NULL PRIMARY KEY,
    license_id       BIGINT NOT NULL REFERENCES license (id),
    rights_change_id BIGINT NOT NULL REFERENCES rights_change (id) ON DELETE CASCADE,
    flagged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT license_rights_issue_once UNIQUE (license_id, rights_change_id)
);
CREATE INDEX license_rights_issue_license ON license_rights_issue (license_id);
