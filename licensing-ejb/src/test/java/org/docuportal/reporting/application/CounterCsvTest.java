package org.docuportal.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.docuportal.reporting.domain.TitleMonthUsage;
import org.junit.jupiter.api.Test;

class CounterCsvTest {

    static final String HOSTILE = "Kim Il Sung's Children, \"x\"";
    static final String KOREAN = "김일성의 아이들";

    @Test
    void theHeaderComesFirstThenOneRowPerTitleAndMonthInCounterTerms() throws IOException {
        byte[] file = CounterCsv.write(List.of(
                new TitleMonthUsage(YearMonth.of(2026, 10), "kim-il-sungs-children", HOSTILE, 6, 2, 1035, 4, 2),
                new TitleMonthUsage(YearMonth.of(2026, 11), "kim-il-sungs-children", HOSTILE, 1, 0, 30, 1, 0),
                new TitleMonthUsage(YearMonth.of(2026, 11), "korean-title", KOREAN, 0, 0, 0, 0, 3)));

        // A byte-order mark, so that spreadsheets read the file as UTF-8.
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Title,Title_ID,Platform,Data_Type,Access_Type,Access_Method,Month,"
                + "Total_Item_Investigations,Total_Item_Requests,Unique_Item_Requests,Minutes_Watched,Completed_Plays,Guide_Downloads\r\n");
        // RFC 4180: the comma and quotes stay inside one quoted field, quotes doubled.
        assertThat(text).contains("\"Kim Il Sung's Children, \"\"x\"\"\",kim-il-sungs-children,Docuportal,Multimedia,Controlled,Regular,"
                + "2026-10,8,6,4,17.3,2,2\r\n");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(CounterCsv.HEADER);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(CounterCsv.HEADER.size()));
        assertThat(records.get(0).get("Title")).isEqualTo(HOSTILE);
        assertThat(records.get(1).get("Month")).isEqualTo("2026-11");
        assertThat(records.get(1).get("Minutes_Watched")).isEqualTo("0.5");
        CSVRecord korean = records.get(2);
        assertThat(korean.get("Title")).isEqualTo(KOREAN);
        // Guide downloads are investigations of the film, not requests.
        assertThat(korean.get("Total_Item_Investigations")).isEqualTo("3");
        assertThat(korean.get("Total_Item_Requests")).isEqualTo("0");
        assertThat(korean.get("Guide_Downloads")).isEqualTo("3");
    }

    @Test
    void aReportWithoutUsageIsTheHeaderAlone() {
        String text = new String(CounterCsv.write(List.of()), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF" + String.join(",", CounterCsv.HEADER) + "\r\n");
    }
}
