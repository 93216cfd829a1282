-- Proof that an account's owner reads mail at its address: a link with a one-time secret.

ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE email_verification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE email_verification (
    id         BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_verification_token_unique UNIQUE (token_hash)
);
