-- The catalog (titles, program details, rights windows) and accounts with API tokens.
-- Sequences start at their increment: EclipseLink takes the value it reads as the top of a block of 50.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept; .ci/run runs it on both.

CREATE SEQUENCE title_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rights_window_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE title (
    id                BIGINT        NOT NULL PRIMARY KEY,
    slug              VARCHAR(100)  NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    original_title    VARCHAR(300),
    synopsis          VARCHAR(4000) NOT NULL,
    runtime_minutes   INTEGER,
    production_year   INTEGER,
    supplier          VARCHAR(200),
    original_language VARCHAR(35)   NOT NULL,
    poster_path       VARCHAR(300),
    status            VARCHAR(20)   NOT NULL,
    search_text       VARCHAR(6000) NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT title_slug_unique UNIQUE (slug),
    CONSTRAINT title_runtime_positive CHECK (runtime_minutes IS NULL OR runtime_minutes > 0)
);

CREATE TABLE title_language_version (
    title_id     BIGINT      NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    language_tag VARCHAR(35) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    PRIMARY KEY (title_id, language_tag, kind)
);
CREATE INDEX title_language_version_tag ON title_language_version (language_tag);

CREATE TABLE title_subject (
    title_id BIGINT       NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL,
    subject  VARCHAR(100) NOT NULL,
    PRIMARY KEY (title_id, position)
);
CREATE INDEX title_subject_subject ON title_subject (subject);

CREATE TABLE title_award (
    title_id   BIGINT       NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    award_year INTEGER      NOT NULL,
    festival   VARCHAR(200) NOT NULL,
    result     VARCHAR(30)  NOT NULL,
    category   VARCHAR(200),
    PRIMARY KEY (title_id, position)
);

CREATE TABLE title_press_quote (
    title_id     BIGINT        NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    quote        VARCHAR(2000) NOT NULL,
    source       VARCHAR(200)  NOT NULL,
    language_tag VARCHAR(35)   NOT NULL,
    PRIMARY KEY (title_id, position)
);

CREATE TABLE rights_window (
    id         BIGINT      NOT NULL PRIMARY KEY,
    title_id   BIGINT      NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    right_type VARCHAR(30) NOT NULL,
    worldwide  BOOLEAN     NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE,
    version    BIGINT      NOT NULL,
    CONSTRAINT rights_window_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX rights_window_title ON rights_window (title_id);

CREATE TABLE rights_window_country (
    rights_window_id BIGINT     NOT NULL REFERENCES rights_window (id) ON DELETE CASCADE,
    country_code     VARCHAR(2) NOT NULL,
    PRIMARY KEY (rights_window_id, country_code)
);

CREATE TABLE rights_window_excluded_country (
    rights_window_id BIGINT     NOT NULL REFERENCES rights_window (id) ON DELETE CASCADE,
    country_code     VARCHAR(2) NOT NULL,
    PRIMARY KEY (rights_window_id, country_code)
);

CREATE TABLE account (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(300) NOT NULL,
    failed_login_count INTEGER      NOT NULL,
    locked_until       TIMESTAMP WITH TIME ZONE,
    last_login_at      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);
