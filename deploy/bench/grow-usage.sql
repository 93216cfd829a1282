-- Grows a portal database by 100,000 past playback sessions of the demo institutions and titles,
-- spread over the last twelve months, for the usage-report benchmark (docs/benchmarks.md).
--
-- For the embedded H2 database only, with the portal STOPPED (H2 holds the file open), on a data
-- folder you can throw away (it is filler for measurements, not demo data):
--
--   java -cp ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar org.h2.tools.RunScript \
--        -url jdbc:h2:file:$PORTAL_DATA_DIR/portal -user portal -password '' \
--        -script deploy/bench/grow-usage.sql -showResults
--
-- Sessions cycle over every institution with a member and every title, 200 viewers, start times
-- within the last 365 days; a fifth are completed; entitlement 'bench-usage', no license.

INSERT INTO playback_session (id, entitlement, title_id, institution_id, country, viewer, usage_month, started_at,
                              renewed_at, lease_expires_at, ended_at, watched_seconds, last_position, completed_at, version)
SELECT RANDOM_UUID(), 'bench-usage', t.id, i.id, i.country_code, 'viewer' || MOD(g.x, 200) || '@bench.example',
       CAST(DATE_TRUNC('MONTH', s.started AT TIME ZONE 'UTC') AS DATE), s.started, s.started, s.started, s.started,
       MOD(g.x * 37, 5400), 0, CASE WHEN MOD(g.x, 5) = 0 THEN s.started END, 0
FROM SYSTEM_RANGE(1, 100000) g
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM title) t ON t.n = MOD(g.x, (SELECT COUNT(*) FROM title))
JOIN (SELECT id, country_code, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM institution) i
  ON i.n = MOD(g.x / 7, (SELECT COUNT(*) FROM institution))
JOIN (SELECT x, CURRENT_TIMESTAMP - (MOD(x * 7919, 365 * 86400) * INTERVAL '1' SECOND) AS started FROM SYSTEM_RANGE(1, 100000)) s
  ON s.x = g.x;

SELECT COUNT(*) AS sessions, COUNT(DISTINCT usage_month) AS months FROM playback_session;
