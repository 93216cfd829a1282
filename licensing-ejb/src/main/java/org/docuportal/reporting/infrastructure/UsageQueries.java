package org.docuportal.reporting.infrastructure;

import java.util.List;

/**
 * The SQL that counts usage, at two grains: month, title, institution and country (the JSON
 * report's rows and the dashboard's table) and month and title (the COUNTER export and the chart).
 *
 * <p>Native SQL rather than JPQL because one statement adds up three different sets of rows (plays,
 * distinct viewer-days, guide downloads) with {@code UNION ALL} and only then joins the names: the
 * database does the grouping and returns one short row per group. Everything used runs on H2 2.x and
 * PostgreSQL 15 alike: {@code UNION ALL} in a derived table, {@code CASE}, {@code COUNT},
 * {@code SUM}, and {@code AT TIME ZONE 'UTC'} to take the day of a {@code TIMESTAMP WITH TIME ZONE}
 * in UTC whatever the connection's time zone. Parameters are numbered ({@code ?1} ...) in the order
 * they appear, so the same text runs through JPA and plain JDBC.
 *
 * <p>Columns of every result, in order: month, title slug, title, institution id, institution name,
 * country (the last three null at the title grain), plays, completed plays, seconds watched,
 * distinct viewer-days, guide downloads.
 */
final class UsageQueries {

    /** The grouping columns of the usage records at each grain. */
    enum Grain {
        TITLE_INSTITUTION_COUNTRY_MONTH(List.of("usage_month", "title_id", "institution_id", "country")),
        TITLE_MONTH(List.of("usage_month", "title_id"));

        final List<String> columns;

        Grain(List<String> columns) {
            this.columns = columns;
        }
    }

    private UsageQueries() {
    }

    /**
     * The statement for a grain. Parameters: for each of its three parts, the first and the last
     * month (first days), then, if {@code oneInstitution}, the institution's id.
     */
    static String sql(Grain grain, boolean oneInstitution) {
        String keys = String.join(", ", grain.columns);
        boolean fine = grain == Grain.TITLE_INSTITUTION_COUNTRY_MONTH;
        StringBuilder sql = new StringBuilder();
        sql.append("SELECT u.usage_month, t.slug, t.title, ")
                .append(fine ? "u.institution_id, i.name, u.country, " : "NULL, NULL, NULL, ")
                .append("SUM(u.plays), SUM(u.completed), SUM(u.seconds), SUM(u.viewer_days), SUM(u.downloads) FROM (")
                // Plays, completed plays and seconds watched.
                .append("SELECT ").append(keys).append(", COUNT(*) AS plays,")
                .append(" SUM(CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END) AS completed,")
                .append(" SUM(watched_seconds) AS seconds, 0 AS viewer_days, 0 AS downloads")
                .append(" FROM playback_session WHERE ").append(filter(1, oneInstitution))
                .append(" GROUP BY ").append(keys)
                // Distinct viewers per UTC day: COUNTER's unique item requests.
                .append(" UNION ALL SELECT ").append(keys).append(", 0, 0, 0, COUNT(*), 0 FROM (SELECT DISTINCT ").append(keys)
                .append(", viewer, CAST(started_at AT TIME ZONE 'UTC' AS DATE) AS play_day")
                .append(" FROM playback_session WHERE ").append(filter(oneInstitution ? 4 : 3, oneInstitution))
                .append(") viewer_day GROUP BY ").append(keys)
                // Guide downloads.
                .append(" UNION ALL SELECT ").append(keys).append(", 0, 0, 0, 0, COUNT(*)")
                .append(" FROM guide_download WHERE ").append(filter(oneInstitution ? 7 : 5, oneInstitution))
                .append(" GROUP BY ").append(keys)
                .append(") u JOIN title t ON t.id = u.title_id");
        if (fine) {
            sql.append(" LEFT JOIN institution i ON i.id = u.institution_id");
        }
        sql.append(" GROUP BY u.usage_month, u.title_id, t.slug, t.title");
        if (fine) {
            sql.append(", u.institution_id, i.name, u.country");
        }
        // Screener plays (no institution) after the institutions; titles by name, then address, for a stable order.
        sql.append(" ORDER BY u.usage_month, t.title, t.slug");
        if (fine) {
            sql.append(", CASE WHEN i.name IS NULL THEN 1 ELSE 0 END, i.name, u.institution_id, u.country");
        }
        return sql.toString();
    }

    /** How many parameters the statement takes. */
    static int parameterCount(boolean oneInstitution) {
        return oneInstitution ? 9 : 6;
    }

    private static String filter(int firstParameter, boolean oneInstitution) {
        String months = "usage_month BETWEEN ?" + firstParameter + " AND ?" + (firstParameter + 1);
        return oneInstitution ? months + " AND institution_id = ?" + (firstParameter + 2) : months;
    }
}
