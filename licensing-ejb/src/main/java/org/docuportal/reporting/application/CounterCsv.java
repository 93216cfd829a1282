package org.docuportal.reporting.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.docuportal.reporting.domain.TitleMonthUsage;

/**
 * Writes usage by title and month as a CSV file shaped like a COUNTER Release 5 multimedia report:
 * COUNTER's column names and metric names, one row per title and month (the "flat" form a
 * spreadsheet filters and pivots, rather than COUNTER's one column per month), followed by two
 * columns of the portal's own.
 *
 * <ul>
 *   <li>{@code Title}, {@code Title_ID}: the film's name and its catalog address (its proprietary id).</li>
 *   <li>{@code Platform} {@value #PLATFORM}, {@code Data_Type} {@value #DATA_TYPE},
 *       {@code Access_Type} {@value #ACCESS_TYPE} (every play is under a license or a screener),
 *       {@code Access_Method} {@value #ACCESS_METHOD}.</li>
 *   <li>{@code Month}: ISO {@code yyyy-MM}, the UTC month.</li>
 *   <li>{@code Total_Item_Requests}: plays (playback sessions started).</li>
 *   <li>{@code Total_Item_Investigations}: plays plus study-guide downloads; COUNTER counts every
 *       request as an investigation too, and a guide download investigates the film without playing it.</li>
 *   <li>{@code Unique_Item_Requests}: distinct viewers per UTC day who played the film; COUNTER counts a
 *       user's repeated requests of an item within one session once, and a day is the portal's session.</li>
 *   <li>{@code Minutes_Watched}: the minutes the players reported, capped at wall time, one decimal.</li>
 *   <li>{@code Completed_Plays}, {@code Guide_Downloads}: plays watched to the end, stamped guide copies.</li>
 * </ul>
 *
 * <p>The file is UTF-8 with a byte-order mark, so that spreadsheets show Korean and Japanese titles
 * rather than guessing a legacy code page; quoting is RFC 4180's, with CRLF line ends.
 */
public final class CounterCsv {

    public static final List<String> HEADER = List.of("Title", "Title_ID", "Platform", "Data_Type", "Access_Type",
            "Access_Method", "Month", "Total_Item_Investigations", "Total_Item_Requests", "Unique_Item_Requests",
            "Minutes_Watched", "Completed_Plays", "Guide_Downloads");

    static final String PLATFORM = "Docuportal";
    static final String DATA_TYPE = "Multimedia";
    static final String ACCESS_TYPE = "Controlled";
    static final String ACCESS_METHOD = "Regular";

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private CounterCsv() {
    }

    /** The file's bytes: a byte-order mark, the header and one row per title and month, in the rows' order. */
    public static byte[] write(List<TitleMonthUsage> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // Before the printer: it writes the header as soon as it is made.
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
            for (TitleMonthUsage row : rows) {
                csv.printRecord(row.title(), row.titleSlug(), PLATFORM, DATA_TYPE, ACCESS_TYPE, ACCESS_METHOD,
                        row.month().toString(), row.investigations(), row.plays(), row.uniqueViewerDays(),
                        row.minutesWatched().toPlainString(), row.completedPlays(), row.guideDownloads());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        return bytes.toByteArray();
    }
}
