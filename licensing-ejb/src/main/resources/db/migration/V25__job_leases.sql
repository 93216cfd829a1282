-- Scheduled rounds run once per cluster (issue 15): every server has the timers, and the one that
-- first claims a round's row with a conditional UPDATE (lease_until passed) runs it; the others skip.
-- A lease held by a server that died simply runs out. holder names the server (host/random id per
-- start), for operators; last_finished_at says when a round last ran to its end.
-- A row is also the lock that servers starting together take to load demo data one after the other.
CREATE TABLE job_lease (
    name             VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder           VARCHAR(64),
    claimed_at       TIMESTAMP WITH TIME ZONE,
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_finished_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lease (name) VALUES ('license-round');
INSERT INTO job_lease (name) VALUES ('payment-request-round');
INSERT INTO job_lease (name) VALUES ('privacy-retention');
INSERT INTO job_lease (name) VALUES ('demo-data');

-- The retention pass claimed its day through this one-row table (V18); it now takes its lease above.
DROP TABLE privacy_job;
