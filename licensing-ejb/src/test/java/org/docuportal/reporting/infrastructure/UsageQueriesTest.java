package org.docuportal.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.docuportal.reporting.infrastructure.UsageQueries.Grain;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The usage SQL on H2 with the real migrations, against plays and downloads whose counts were worked
 * out by hand (in the comments). Foreign keys are off for the fixture, so that it needs no orders
 * and licenses.
 *
 * <p>The same test runs on PostgreSQL when {@code -Dusage.test.url=jdbc:postgresql://...} (with
 * {@code usage.test.user} and {@code usage.test.password}) names an empty database whose user may
 * switch triggers off ({@code session_replication_role}, a superuser's right).
 */
class UsageQueriesTest {

    static final String URL = System.getProperty("usage.test.url", "jdbc:h2:mem:usage-queries;DB_CLOSE_DELAY=-1");
    static final String USER = System.getProperty("usage.test.user", "sa");
    static final String PASSWORD = System.getProperty("usage.test.password", "");
    static final Date JANUARY = Date.valueOf("2026-01-01");
    static final Date FEBRUARY = Date.valueOf("2026-02-01");
    static final long SCHOOL = 10;

    static Connection db;

    @BeforeAll
    static void fixture() throws SQLException {
        Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement s = db.createStatement()) {
            s.execute(URL.startsWith("jdbc:postgresql:") ? "SET session_replication_role = replica" : "SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO title (id, slug, title, synopsis, original_language, status, search_text, version) VALUES"
                    + " (1, 'kim', 'Kim Il Sung''s Children, \"x\"', 's', 'ko', 'PUBLISHED', 's', 0),"
                    + " (2, 'korean', '김일성의 아이들', 's', 'ko', 'PUBLISHED', 's', 0)");
            s.execute("INSERT INTO institution (id, name, institution_type, country_code, address, size_band, status, registered_at, version)"
                    + " VALUES (10, 'Test School', 'K12_SCHOOL', 'KR', 'a', 'UP_TO_500', 'VERIFIED', CURRENT_TIMESTAMP, 0),"
                    + " (11, 'Test Command', 'MILITARY_TRAINING', 'US', 'a', 'UP_TO_500', 'VERIFIED', CURRENT_TIMESTAMP, 0)");
            // School, film 1, January: viewer a three times on 5 January UTC (the last one is 6 January in Seoul), b once.
            play(s, "s1", 1, 10, "'KR'", "a", "2026-01-05 10:00:00+00", 600, true);
            play(s, "s2", 1, 10, "'KR'", "a", "2026-01-05 23:30:00+00", 300, false);
            play(s, "s3", 1, 10, "'KR'", "a", "2026-01-06 00:10:00+09", 0, false);
            play(s, "s4", 1, 10, "'KR'", "b", "2026-01-06 08:00:00+00", 0, false);
            // Command, film 1, January; a screener play (no institution, no country); school, film 2, February.
            play(s, "s5", 1, 11, "'US'", "c", "2026-01-20 12:00:00+00", 90, true);
            play(s, "s6", 1, null, "NULL", "d", "2026-01-10 12:00:00+00", 45, false);
            play(s, "s7", 2, 10, "'KR'", "a", "2026-02-02 12:00:00+00", 30, false);
            // Outside the period.
            play(s, "s8", 1, 10, "'KR'", "a", "2025-12-31 23:59:59+00", 1000, true);
            download(s, 1, 1, 10, "KR", "2026-01-07 09:00:00+00");
            download(s, 2, 1, 10, "KR", "2026-01-08 09:00:00+00");
            download(s, 3, 2, 11, "US", "2026-02-09 09:00:00+00");
            download(s, 4, 2, 11, "US", "2026-03-01 00:00:00+00");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void everythingByTitleInstitutionCountryAndMonth() throws SQLException {
        assertThat(run(Grain.TITLE_INSTITUTION_COUNTRY_MONTH, null)).containsExactly(
                // month, title, institution, country, plays, completed, seconds, viewer-days, downloads
                "2026-01|kim|11|Test Command|US|1|1|90|1|0",
                "2026-01|kim|10|Test School|KR|4|1|900|2|2",
                "2026-01|kim|null|null|null|1|0|45|1|0",
                "2026-02|korean|11|Test Command|US|0|0|0|0|1",
                "2026-02|korean|10|Test School|KR|1|0|30|1|0");
    }

    @Test
    void everythingByTitleAndMonthCountsViewerDaysAtThatGrain() throws SQLException {
        assertThat(run(Grain.TITLE_MONTH, null)).containsExactly(
                "2026-01|kim|null|null|null|6|2|1035|4|2",
                "2026-02|korean|null|null|null|1|0|30|1|1");
    }

    @Test
    void oneInstitutionSeesItsOwnUsageOnlyAndNoScreenerPlays() throws SQLException {
        assertThat(run(Grain.TITLE_MONTH, SCHOOL)).containsExactly(
                "2026-01|kim|null|null|null|4|1|900|2|2",
                "2026-02|korean|null|null|null|1|0|30|1|0");
        assertThat(run(Grain.TITLE_INSTITUTION_COUNTRY_MONTH, SCHOOL)).containsExactly(
                "2026-01|kim|10|Test School|KR|4|1|900|2|2",
                "2026-02|korean|10|Test School|KR|1|0|30|1|0");
        assertThat(run(Grain.TITLE_MONTH, 999L)).isEmpty();
    }

    private static List<String> run(Grain grain, Long institution) throws SQLException {
        String sql = UsageQueries.sql(grain, institution != null).replaceAll("\\?\\d+", "?");
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            int parameter = 1;
            for (int part = 0; part < 3; part++) {
                query.setDate(parameter++, JANUARY);
                query.setDate(parameter++, FEBRUARY);
                if (institution != null) {
                    query.setLong(parameter++, institution);
                }
            }
            assertThat(parameter - 1).isEqualTo(UsageQueries.parameterCount(institution != null));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(r.getDate(1).toLocalDate().toString().substring(0, 7));
                    cells.add(r.getString(2));
                    for (int column = 4; column <= 11; column++) {
                        cells.add(String.valueOf(r.getObject(column)));
                    }
                    rows.add(String.join("|", cells));
                }
            }
        }
        return rows;
    }

    private static void play(Statement s, String id, long title, Integer institution, String country, String viewer,
                             String startedAt, int seconds, boolean completed) throws SQLException {
        String started = "TIMESTAMP WITH TIME ZONE '" + startedAt + "'";
        String month = "'" + java.time.OffsetDateTime.parse(startedAt.replace(' ', 'T').replaceAll("\\+(\\d\\d)$", "+$1:00"))
                .atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1) + "'";
        s.execute("INSERT INTO playback_session (id, entitlement, title_id, institution_id, country, viewer, usage_month, started_at,"
                + " renewed_at, lease_expires_at, watched_seconds, completed_at, version) VALUES ('" + id + "', 'e', " + title + ", "
                + institution + ", " + country + ", '" + viewer + "', DATE " + month + ", " + started + ", " + started + ", "
                + started + ", " + seconds + ", " + (completed ? started : "NULL") + ", 0)");
    }

    private static void download(Statement s, long id, long title, long institution, String country, String at) throws SQLException {
        String month = "'" + at.substring(0, 7) + "-01'";
        s.execute("INSERT INTO guide_download (id, guide, audience, title_id, license_id, institution_id, country, downloader,"
                + " usage_month, downloaded_at) VALUES (" + id + ", 'g', 'UNIVERSITY', " + title + ", 1, " + institution + ", '"
                + country + "', 'a', DATE " + month + ", TIMESTAMP WITH TIME ZONE '" + at + "')");
    }
}
