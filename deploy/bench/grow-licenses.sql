-- Grows a portal database to ~10,000 licenses and ~100,000 past playback sessions, for the
-- second round of deploy/bench/portal-streaming-bench.sh (see docs/benchmarks-portal.md).
--
-- For the embedded H2 database only, with the portal STOPPED (H2 holds the file open), and
-- with the H2 version the portal bundles (2.2.224 at the time of writing, pom.xml h2.version):
--
--   java -cp ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar org.h2.tools.RunScript \
--        -url jdbc:h2:file:$PORTAL_DATA_DIR/portal -user portal -password '' \
--        -script deploy/bench/grow-licenses.sql -showResults
--
-- (user "portal" and an empty password: PortalDataSource.embedded()). Run it on a copy of a
-- data folder you can throw away: it is filler for measurements, not realistic demo data.
--
-- What it adds, all with ids above 1,000,000 so that the sequences (which hand out ids in
-- steps of 50 from 50) never reach them:
--   * 1,000 verified institutions, copies of the institution of the first CLASSROOM_STREAMING
--     license (the bench school, when run after one round of the bench script);
--   * 10,000 quotes -> 10,000 paid orders -> 10,000 active licenses (license.order_id and
--     license_order.quote_id are unique, so one each), ten per new institution, cycling over
--     the CLASSROOM_STREAMING offers of all titles; other columns copied from that first
--     license, its order and its quote (quote lines are not copied);
--   * 100,000 ended playback sessions, ten per new license, spread over the last 300 days,
--     with random UUID ids.
-- Nothing is added to the bench school itself, so its own license list and the start of
-- playback see the same data as before; only the tables grow.

-- The row whose columns are copied.
CREATE TABLE bench_template AS
SELECT l.id AS license_id, l.order_id, o.quote_id, l.institution_id
FROM license l JOIN license_order o ON o.id = l.order_id
WHERE l.kind = 'CLASSROOM_STREAMING'
ORDER BY l.id
FETCH FIRST 1 ROW ONLY;

-- The offers to cycle over, numbered from 0.
CREATE TABLE bench_offer AS
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, title_id, kind, right_type, stream_cap, audience_cap
FROM offer
WHERE kind = 'CLASSROOM_STREAMING';

INSERT INTO institution (id, name, institution_type, country_code, address, website, registry_id, size_band, status,
                         registered_at, version)
SELECT 1000000 + r.X, 'Growth School ' || r.X, i.institution_type, i.country_code, i.address, NULL,
       'KR-grow-' || r.X, i.size_band, 'VERIFIED', i.registered_at, 0
FROM SYSTEM_RANGE(1, 1000) r
CROSS JOIN (SELECT * FROM institution WHERE id = (SELECT institution_id FROM bench_template)) i;

INSERT INTO quote (id, institution_id, offer_id, requested_by, start_date, end_date, amount, currency, valid_until,
                   status, decision_reason, decided_by, created_at, version)
SELECT 1000000 + r.X, 1000000 + MOD(r.X - 1, 1000) + 1, b.id, 'head@growth' || (MOD(r.X - 1, 1000) + 1) || '.example',
       q.start_date, q.end_date, q.amount, q.currency, q.valid_until, q.status, q.decision_reason, q.decided_by,
       q.created_at, 0
FROM SYSTEM_RANGE(1, 10000) r
JOIN bench_offer b ON b.n = MOD(r.X, (SELECT COUNT(*) FROM bench_offer))
CROSS JOIN (SELECT * FROM quote WHERE id = (SELECT quote_id FROM bench_template)) q;

INSERT INTO license_order (id, quote_id, payment_method, po_number, provider_reference, status, ordered_by, created_at,
                           paid_at, payment_note, version)
SELECT 1000000 + r.X, 1000000 + r.X, o.payment_method, o.po_number, o.provider_reference, o.status,
       'head@growth' || (MOD(r.X - 1, 1000) + 1) || '.example', o.created_at, o.paid_at, o.payment_note, 0
FROM SYSTEM_RANGE(1, 10000) r
CROSS JOIN (SELECT * FROM license_order WHERE id = (SELECT order_id FROM bench_template)) o;

INSERT INTO license (id, order_id, institution_id, title_id, kind, right_type, start_date, end_date, stream_cap,
                     audience_cap, status, issued_at, revoked_at, revocation_reason, version)
SELECT 1000000 + r.X, 1000000 + r.X, 1000000 + MOD(r.X - 1, 1000) + 1, b.title_id, b.kind, b.right_type,
       l.start_date, l.end_date, b.stream_cap, b.audience_cap, l.status, l.issued_at, NULL, NULL, 0
FROM SYSTEM_RANGE(1, 10000) r
JOIN bench_offer b ON b.n = MOD(r.X, (SELECT COUNT(*) FROM bench_offer))
CROSS JOIN (SELECT * FROM license WHERE id = (SELECT license_id FROM bench_template)) l;

INSERT INTO playback_session (id, entitlement, license_id, screener_id, title_id, institution_id, country, viewer,
                              client_address, usage_month, started_at, renewed_at, lease_expires_at, ended_at,
                              watched_seconds, last_position, completed_at, version)
SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), 'license-' || l.id, l.id, NULL, l.title_id, l.institution_id, 'KR',
       'teacher' || MOD(s.X, 7) || '@growth' || (l.institution_id - 1000000) || '.example',
       '192.0.2.' || MOD(s.X, 250), CAST(DATE_TRUNC('MONTH', s.started) AS DATE), s.started,
       DATEADD('MINUTE', 40, s.started), DATEADD('MINUTE', 41, s.started), DATEADD('MINUTE', 41, s.started),
       2400, 2400, NULL, 80
FROM (SELECT X, DATEADD('MINUTE', -MOD(X * 7, 1440), DATEADD('DAY', -(MOD(X, 300) + 1), CURRENT_TIMESTAMP)) AS started
      FROM SYSTEM_RANGE(1, 100000)) s
JOIN license l ON l.id = 1000000 + MOD(s.X - 1, 10000) + 1;

DROP TABLE bench_template;
DROP TABLE bench_offer;

-- What the database now holds.
SELECT (SELECT COUNT(*) FROM institution) AS institutions, (SELECT COUNT(*) FROM quote) AS quotes,
       (SELECT COUNT(*) FROM license_order) AS orders, (SELECT COUNT(*) FROM license) AS licenses,
       (SELECT COUNT(*) FROM playback_session) AS playback_sessions,
       (SELECT COUNT(*) FROM playback_session WHERE ended_at IS NULL) AS unended_sessions;

-- Inserting in a few large transactions leaves the file at ~450 MB, mostly free pages; compact
-- it (to ~20 MB) so that the portal starts on a file like one grown over time. This also closes
-- the database (RunScript with H2 2.2.224 still ends without an error).
SHUTDOWN COMPACT;
