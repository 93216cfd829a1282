-- Privacy: plays keep the viewer's network, never the full address, and a daily job replaces viewer
-- identities in old usage records with pseudonyms. Written in the SQL that H2 2.x and PostgreSQL 15
-- both accept (REGEXP_REPLACE without back-references exists in both).

-- Addresses stored before this version: an IPv4 address keeps its /24 (203.0.113.77 -> 203.0.113.0),
-- as the application now stores it. An IPv6 address (or an IPv4 one written as IPv6) is cleared
-- instead: compressed IPv6 forms cannot be cut at /48 reliably in SQL both databases run.
UPDATE playback_session SET client_address = REGEXP_REPLACE(client_address, '\.[0-9]+$', '.0')
    WHERE client_address IS NOT NULL AND client_address NOT LIKE '%:%';
UPDATE playback_session SET client_address = NULL WHERE client_address LIKE '%:%';

-- One row that the servers' daily retention timers claim with a single conditional UPDATE, so that on
-- several servers the job runs once a day, not once per server.
CREATE TABLE privacy_job (
    id          INTEGER      NOT NULL PRIMARY KEY,
    last_run_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO privacy_job (id, last_run_at) VALUES (1, NULL);
