-- Study guides are written in the portal (issue 17): one row per film x audience x language, with
-- the open draft on the row and each publication an immutable numbered version. Sources are
-- VARCHAR(1000000) like the mail bodies of V23 (plain strings on both databases); PDFs and
-- attachments are BYTEA (BINARY VARYING in H2, as in V3). The guide's optimistic-lock version
-- keeps two editors who publish at once from giving two versions the same number (and the unique
-- key stops it if they do).
CREATE SEQUENCE study_guide_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE study_guide (
    id               BIGINT        NOT NULL PRIMARY KEY,
    title_id         BIGINT        NOT NULL REFERENCES title (id),
    audience         VARCHAR(30)   NOT NULL,
    language         VARCHAR(3)    NOT NULL,
    draft_format     VARCHAR(30),
    draft_source     VARCHAR(1000000),
    draft_saved_at   TIMESTAMP WITH TIME ZONE,
    draft_saved_by   VARCHAR(320),
    latest_version   INTEGER,
    row_version      BIGINT        NOT NULL,
    CONSTRAINT study_guide_one_per_edition UNIQUE (title_id, audience, language)
);

CREATE SEQUENCE study_guide_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE study_guide_version (
    id               BIGINT        NOT NULL PRIMARY KEY,
    guide_id         BIGINT        NOT NULL REFERENCES study_guide (id),
    version_number   INTEGER       NOT NULL,
    format           VARCHAR(30)   NOT NULL,
    source           VARCHAR(1000000) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by     VARCHAR(320)  NOT NULL,
    pdf              BYTEA,
    pdf_rendered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT study_guide_version_number UNIQUE (guide_id, version_number)
);

CREATE SEQUENCE study_guide_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE study_guide_attachment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    guide_id         BIGINT        NOT NULL REFERENCES study_guide (id),
    name             VARCHAR(100)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    content          BYTEA         NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by      VARCHAR(320)  NOT NULL,
    CONSTRAINT study_guide_attachment_name UNIQUE (guide_id, name)
);

-- A download names the version it stamped (null for downloads before guides had versions).
ALTER TABLE guide_download ADD COLUMN guide_version INTEGER;

-- Curriculum editors are staff, invited like reviewers and administrators (V11).
ALTER TABLE staff_invitation DROP CONSTRAINT staff_invitation_staff_role;
ALTER TABLE staff_invitation ADD CONSTRAINT staff_invitation_staff_role
    CHECK (staff_role IN ('REVIEWER', 'PLATFORM_ADMIN', 'CURRICULUM_EDITOR'));
