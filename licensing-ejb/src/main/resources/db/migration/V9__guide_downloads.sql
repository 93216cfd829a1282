-- Study guides: each stamped download, for the licensee's audit trail and the usage reports
-- (downloads by title, institution, country and month). The guides themselves are not rows: they
-- are built from the sources in curriculum-assets and named by their key, <film>.<audience>.

CREATE SEQUENCE guide_download_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE guide_download (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    guide              VARCHAR(100)  NOT NULL,
    audience           VARCHAR(30)   NOT NULL,
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    license_id         BIGINT        NOT NULL REFERENCES license (id),
    institution_id     BIGINT        NOT NULL REFERENCES institution (id),
    country            VARCHAR(2)    NOT NULL,
    downloader         VARCHAR(320)  NOT NULL,
    usage_month        DATE          NOT NULL,
    downloaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The usage reports group downloads by month, title and institution.
CREATE INDEX guide_download_usage ON guide_download (usage_month, title_id, institution_id);
