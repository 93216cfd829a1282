-- Invitations an administrator revoked (or replaced by a resent one): their link no longer works.
ALTER TABLE invitation ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;

-- An administrator's change of email domains or IP ranges that would widen who belongs to the
-- institution waits here for the reviewers; the institution_domain and institution_ip_range rows
-- stay in force until they approve. network_change_proposed_at is null when nothing waits.
ALTER TABLE institution ADD COLUMN network_change_proposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE institution ADD COLUMN network_change_proposed_by VARCHAR(254);
CREATE INDEX institution_network_change ON institution (network_change_proposed_at);

CREATE TABLE institution_proposed_domain (
    institution_id BIGINT       NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    domain         VARCHAR(253) NOT NULL,
    PRIMARY KEY (institution_id, domain)
);

CREATE TABLE institution_proposed_ip_range (
    institution_id BIGINT      NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    cidr           VARCHAR(50) NOT NULL,
    PRIMARY KEY (institution_id, cidr)
);
