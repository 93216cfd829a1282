-- Media studio: packaging jobs for uploaded master videos, the subtitle tracks and chapters of each title,
-- and what the last packaging measured (so the master playlist can be written again when subtitles change).
--
-- A job is claimed by one server with a conditional UPDATE (QUEUED -> RUNNING, or RUNNING with a stale
-- heartbeat -> RUNNING again); the worker beats while it runs, so a job whose server stopped is taken up again.

CREATE SEQUENCE media_job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subtitle_track_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE media_job (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    title_id               BIGINT        NOT NULL REFERENCES title (id),
    state                  VARCHAR(10)   NOT NULL,
    stage                  VARCHAR(20)   NOT NULL,
    percent                INTEGER       NOT NULL,
    estimated_seconds_left INTEGER,
    error                  VARCHAR(500),
    upload_name            VARCHAR(64)   NOT NULL,
    source_bytes           BIGINT        NOT NULL,
    attempts               INTEGER       NOT NULL,
    claimed_by             VARCHAR(64),
    heartbeat_at           TIMESTAMP WITH TIME ZONE,
    created_by             VARCHAR(320)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX media_job_state ON media_job (state);
CREATE INDEX media_job_title ON media_job (title_id);

-- renditions: the EXT-X-STREAM-INF lines of the packaged set, one per line (without the SUBTITLES group);
-- chapters: one chapter per line, "<start in ms><TAB><name>" (a name never holds a tab or line break).
CREATE TABLE title_media (
    title_id               BIGINT        NOT NULL PRIMARY KEY REFERENCES title (id),
    duration_ms            BIGINT,
    mpegts_start           BIGINT,
    renditions             VARCHAR(2000),
    chapters               VARCHAR(40000),
    packaged_at            TIMESTAMP WITH TIME ZONE,
    version                BIGINT        NOT NULL
);

-- cues: the WebVTT file as served (SRT uploads are converted first), without the X-TIMESTAMP-MAP header,
-- which packaging adds because it depends on the packaged video.
CREATE TABLE subtitle_track (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    title_id               BIGINT        NOT NULL REFERENCES title (id),
    language               VARCHAR(35)   NOT NULL,
    kind                   VARCHAR(12)   NOT NULL,
    cues                   VARCHAR(1000000) NOT NULL,
    updated_by             VARCHAR(320)  NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT subtitle_track_unique UNIQUE (title_id, language, kind)
);
