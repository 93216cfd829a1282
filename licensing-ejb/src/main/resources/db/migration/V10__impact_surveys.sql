-- Impact: survey templates per film, screening surveys opened by members of licensed institutions,
-- anonymous before/after answers paired by a one-time code, and the platform's log of policy
-- discussions linked to a film.
--
-- Anonymity is in the schema: a response row holds the screening, the phase, the answers and (for a
-- "before" answer) the SHA-256 hash of its pairing code. No account, address, browser or time of answer
-- is stored; the screening's date is the only date.

CREATE SEQUENCE survey_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE screening_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_response_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE policy_event_seq START WITH 50 INCREMENT BY 50;

-- items: the statements in order, one per line. A statement never holds a line break (white space is folded
-- into single spaces), and the statements are always read and replaced together.
CREATE TABLE survey_template (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    title_id           BIGINT        NOT NULL UNIQUE REFERENCES title (id),
    items              VARCHAR(3200) NOT NULL,
    updated_by         VARCHAR(320)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL
);

-- Country and institution type are copied from the institution when the survey opens: the reports group
-- by them, and a later change of the institution must not move past screenings between groups.
CREATE TABLE screening (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    institution_id     BIGINT        NOT NULL REFERENCES institution (id),
    country            VARCHAR(2)    NOT NULL,
    institution_type   VARCHAR(30)   NOT NULL,
    license_id         BIGINT        NOT NULL REFERENCES license (id),
    screening_date     DATE          NOT NULL,
    items              VARCHAR(3200) NOT NULL,
    public_code        VARCHAR(43)   NOT NULL UNIQUE,
    status             VARCHAR(20)   NOT NULL,
    opened_by          VARCHAR(320)  NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    pre_count          INTEGER       DEFAULT 0 NOT NULL,
    post_count         INTEGER       DEFAULT 0 NOT NULL,
    paired_count       INTEGER       DEFAULT 0 NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX screening_title ON screening (title_id, status);
CREATE INDEX screening_institution ON screening (institution_id, screening_date);

-- answers: the 1-5 values in item order, comma-separated ("4,2,5,3"); they are always read together.
-- pre_response_id: on an "after" answer, the "before" answer its pairing code matched; UNIQUE makes a
-- code pair once even when two participants type it at the same moment.
CREATE TABLE survey_response (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    screening_id       BIGINT        NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    phase              VARCHAR(4)    NOT NULL,
    answers            VARCHAR(200)  NOT NULL,
    pairing_code_hash  VARCHAR(64)   UNIQUE,
    pre_response_id    BIGINT        UNIQUE REFERENCES survey_response (id),
    paired             BOOLEAN       DEFAULT FALSE NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX survey_response_screening ON survey_response (screening_id, phase);

-- country is empty for an international body (a UN committee, an intergovernmental meeting).
CREATE TABLE policy_event (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    event_date         DATE          NOT NULL,
    body               VARCHAR(200)  NOT NULL,
    country            VARCHAR(2),
    reference          VARCHAR(500)  NOT NULL,
    note               VARCHAR(2000),
    recorded_by        VARCHAR(320)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX policy_event_title ON policy_event (title_id, event_date);
