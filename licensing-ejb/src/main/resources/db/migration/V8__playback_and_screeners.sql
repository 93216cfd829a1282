-- Streaming: playback sessions (each a lease on one of an entitlement's concurrent streams, and
-- the record of one play for the usage reports), screener requests, and the per-institution
-- option to stream only from the institution's own IP ranges.

ALTER TABLE institution ADD COLUMN stream_on_campus_only BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE screener_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE screener_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    requester_name     VARCHAR(200)  NOT NULL,
    organisation       VARCHAR(200)  NOT NULL,
    requester_role     VARCHAR(200)  NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    email              VARCHAR(320)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(320),
    decision_reason    VARCHAR(2000),
    access_code_hash   VARCHAR(64)   UNIQUE,
    valid_until        TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL
);
CREATE INDEX screener_request_status ON screener_request (status, requested_at);

-- The primary key is a random UUID: it is also the capability with which the player renews its lease.
CREATE TABLE playback_session (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    entitlement        VARCHAR(64)   NOT NULL,
    license_id         BIGINT        REFERENCES license (id),
    screener_id        BIGINT        REFERENCES screener_request (id),
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    institution_id     BIGINT        REFERENCES institution (id),
    country            VARCHAR(2),
    viewer             VARCHAR(320)  NOT NULL,
    client_address     VARCHAR(45),
    usage_month        DATE          NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    watched_seconds    INTEGER       DEFAULT 0 NOT NULL,
    last_position      INTEGER       DEFAULT 0 NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL
);
-- Counting the live leases of one entitlement must not scan the plays of every other one.
CREATE INDEX playback_session_live ON playback_session (entitlement, ended_at, lease_expires_at);
-- The usage reports group plays by month, title and institution.
CREATE INDEX playback_session_usage ON playback_session (usage_month, title_id, institution_id);
