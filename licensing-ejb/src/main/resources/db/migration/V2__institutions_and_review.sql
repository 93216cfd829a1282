-- Institutions, their members, and the reviewers' append-only audit trail.

CREATE SEQUENCE institution_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE institution (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(300)  NOT NULL,
    institution_type VARCHAR(30)   NOT NULL,
    country_code     VARCHAR(2)    NOT NULL,
    address          VARCHAR(1000) NOT NULL,
    website          VARCHAR(500),
    registry_id      VARCHAR(100),
    size_band        VARCHAR(30)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX institution_status ON institution (status);
CREATE INDEX institution_registry_id ON institution (registry_id);

CREATE TABLE institution_domain (
    institution_id BIGINT       NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    domain         VARCHAR(253) NOT NULL,
    PRIMARY KEY (institution_id, domain)
);
CREATE INDEX institution_domain_domain ON institution_domain (domain);

CREATE TABLE institution_ip_range (
    institution_id BIGINT      NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    cidr           VARCHAR(50) NOT NULL,
    PRIMARY KEY (institution_id, cidr)
);

CREATE TABLE membership (
    id             BIGINT      NOT NULL PRIMARY KEY,
    institution_id BIGINT      NOT NULL REFERENCES institution (id),
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    member_role    VARCHAR(30) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT membership_one_institution_per_account UNIQUE (account_id)
);
CREATE INDEX membership_institution ON membership (institution_id);

-- Rows are only ever inserted: the application has no update or delete path for them.
CREATE TABLE review_decision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    institution_id BIGINT        NOT NULL REFERENCES institution (id),
    decision       VARCHAR(20)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    reviewer       VARCHAR(254)  NOT NULL,
    status_before  VARCHAR(20)   NOT NULL,
    status_after   VARCHAR(20)   NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_decision_institution ON review_decision (institution_id);

CREATE TABLE invitation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    institution_id BIGINT       NOT NULL REFERENCES institution (id),
    email          VARCHAR(254) NOT NULL,
    member_role    VARCHAR(30)  NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    invited_by     VARCHAR(254) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);
CREATE INDEX invitation_institution ON invitation (institution_id);
