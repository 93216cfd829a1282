-- The distributor's staff: the first administrator's bootstrap, staff invitations, disabled accounts.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

-- An account made by the bootstrap has no password until its owner follows the set-password link.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
-- A disabled account cannot sign in in any way; its data stays.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE staff_invitation_seq START WITH 50 INCREMENT BY 50;

-- A one-time link that gives a staff role: it sets the password of a new account, or grants the role
-- to an existing account whose owner proves its password. Only the hash of the link's secret is kept.
CREATE TABLE staff_invitation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    email      VARCHAR(254) NOT NULL,
    staff_role VARCHAR(30)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    invited_by VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    version    BIGINT       NOT NULL,
    CONSTRAINT staff_invitation_token_unique UNIQUE (token_hash),
    CONSTRAINT staff_invitation_staff_role CHECK (staff_role IN ('REVIEWER', 'PLATFORM_ADMIN'))
);
CREATE INDEX staff_invitation_email ON staff_invitation (email);

-- One row that every change deciding "who is a platform administrator" locks first (the bootstrap,
-- disabling an administrator), so that two servers starting at once, or two administrators disabling
-- each other, are served one after the other.
CREATE TABLE staff_guard (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO staff_guard (id) VALUES (1);
