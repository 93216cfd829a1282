package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Usage reports over the API, against plays and guide downloads this test makes itself for a school
 * of its own, and counts worked out by hand: three plays of the film (4, 2 and 0 seconds watched as
 * the heartbeats report them, one completed), all by the school's administrator on one day, and two
 * stamped guide downloads. The school's administrator sees exactly those; the platform administrator
 * sees them among everyone's; another school's administrator sees none of them.
 *
 * <p>The portal caps reported watching at the wall time since the last heartbeat (plus a second), so
 * the test waits between heartbeats for the seconds it reports. The IT database outlives local runs:
 * every assertion is about this test's own institutions.
 */
class UsageReportIT extends ApiTestBase {

    static final String FILM = "kim-il-sungs-children";
    static final String HEADER = "Title,Title_ID,Platform,Data_Type,Access_Type,Access_Method,Month,Total_Item_Investigations,"
            + "Total_Item_Requests,Unique_Item_Requests,Minutes_Watched,Completed_Plays,Guide_Downloads";

    /** The school with the hand-counted usage, made once for all tests (each would otherwise wait ~5 s for plays). */
    private static TestInstitution school;
    private static YearMonth month;

    @BeforeEach
    synchronized void usageOfASchoolOfItsOwn() throws InterruptedException {
        if (school != null) {
            return;
        }
        TestInstitution fresh = TestInstitution.approvedSchoolInKorea();
        TestPurchases.license(fresh.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12, LocalDate.now());
        month = YearMonth.now(ZoneOffset.UTC);
        String a = start(fresh);
        String b = start(fresh);
        String c = start(fresh);
        end(fresh, c); // 0 s
        Thread.sleep(2_500);
        heartbeat(fresh, a, 2, false);
        heartbeat(fresh, b, 2, true); // 2 s, completed
        Thread.sleep(2_500);
        heartbeat(fresh, a, 2, false); // 4 s
        end(fresh, a);
        end(fresh, b);
        fresh.asAdmin().when().get("api/guides/" + FILM + ".university/pdf").then().statusCode(200);
        fresh.asAdmin().when().get("api/guides/" + FILM + ".secondary-school/pdf").then().statusCode(200);
        assertThat(YearMonth.now(ZoneOffset.UTC)).as("the plays and downloads straddle a month's end; run again").isEqualTo(month);
        school = fresh;
    }

    @Test
    void anInstitutionAdministratorSeesExactlyTheirOwnUsage() {
        school.asAdmin().queryParam("from", month.toString()).queryParam("to", month.toString())
                .when().get("api/reports/usage")
                .then().statusCode(200).contentType("application/json")
                .body("from", equalTo(month.toString()))
                .body("to", equalTo(month.toString()))
                .body("institution", equalTo(school.name()))
                .body("rows", hasSize(1))
                .body("rows[0].month", equalTo(month.toString()))
                .body("rows[0].title", equalTo(FILM))
                .body("rows[0].titleName", equalTo("Kim Il Sung's Children"))
                .body("rows[0].institutionId", equalTo(school.id()))
                .body("rows[0].institution", equalTo(school.name()))
                .body("rows[0].country", equalTo("KR"))
                .body("rows[0].plays", equalTo(3))
                .body("rows[0].completedPlays", equalTo(1))
                .body("rows[0].secondsWatched", equalTo(6))
                .body("rows[0].minutesWatched", equalTo(0.1f))
                .body("rows[0].uniqueViewerDays", equalTo(1))
                .body("rows[0].guideDownloads", equalTo(2))
                .body("titles", hasSize(1))
                .body("titles[0].plays", equalTo(3))
                .body("titles[0].guideDownloads", equalTo(2))
                .body("totals.plays", equalTo(3))
                .body("totals.completedPlays", equalTo(1))
                .body("totals.secondsWatched", equalTo(6))
                .body("totals.guideDownloads", equalTo(2));
        // The default period (the last twelve months) holds the same, and months without use hold nothing.
        school.asAdmin().when().get("api/reports/usage").then().statusCode(200)
                .body("to", equalTo(month.toString()))
                .body("from", equalTo(month.minusMonths(11).toString()))
                .body("totals.plays", equalTo(3));
        school.asAdmin().queryParam("from", "2020-01").queryParam("to", "2020-12").when().get("api/reports/usage")
                .then().statusCode(200).body("rows", hasSize(0)).body("totals.plays", equalTo(0));
    }

    @Test
    void thePlatformAdministratorSeesTheSchoolAmongEveryoneAndAnotherSchoolSeesNoneOfIt() {
        JsonPath all = asPlatformAdmin().queryParam("from", month.toString()).queryParam("to", month.toString())
                .when().get("api/reports/usage").then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("institution")).isNull();
        List<Map<String, Object>> ours = all.getList("rows.findAll { it.institutionId == " + school.id() + " }");
        assertThat(ours).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("plays", 3).containsEntry("completedPlays", 1).containsEntry("secondsWatched", 6)
                    .containsEntry("uniqueViewerDays", 1).containsEntry("guideDownloads", 2).containsEntry("country", "KR");
        });
        assertThat(all.getInt("totals.plays")).isGreaterThanOrEqualTo(3);

        TestInstitution other = TestInstitution.approvedSchoolInKorea();
        other.asAdmin().when().get("api/reports/usage").then().statusCode(200)
                .body("institution", equalTo(other.name()))
                .body("rows", hasSize(0))
                .body("totals.plays", equalTo(0))
                .body("totals.guideDownloads", equalTo(0));
    }

    @Test
    void onlyAdministratorsMayReadUsage() {
        given().when().get("api/reports/usage").then().statusCode(401);
        given().when().get("api/reports/usage?format=csv").then().statusCode(401);
        for (String refused : List.of("teacher@demo.example", "officer@demo.example", "reviewer@demo.example")) {
            given().auth().preemptive().basic(refused, DEMO_PASSWORD).when().get("api/reports/usage")
                    .then().statusCode(403);
        }
    }

    @Test
    void aBadPeriodIsA400ProblemNamingTheField() {
        asPlatformAdmin().queryParam("from", "garbage").when().get("api/reports/usage")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("2026-01"));
        asPlatformAdmin().queryParam("from", "2026-05").queryParam("to", "2026-01").when().get("api/reports/usage")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("after"));
        asPlatformAdmin().queryParam("from", "2020-01").queryParam("to", "2026-01").when().get("api/reports/usage")
                .then().statusCode(400).body("errors[0].field", equalTo("to")).body("detail", containsString("36 months"));
        school.asAdmin().queryParam("to", "2026-13").queryParam("format", "csv").when().get("api/reports/usage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        school.asAdmin().queryParam("format", "xlsx").when().get("api/reports/usage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @Test
    void theCsvHasTheCounterHeaderAndOneRowPerTitleAndMonth() throws IOException {
        Response response = school.asAdmin().queryParam("from", month.minusMonths(2).toString()).queryParam("to", month.toString())
                .queryParam("format", "csv").when().get("api/reports/usage");
        response.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"usage-" + month.minusMonths(2) + "-to-" + month
                        + ".csv\"; filename*=UTF-8''usage-" + month.minusMonths(2) + "-to-" + month + ".csv"))
                .header("X-Content-Type-Options", "nosniff");
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("Title")).isEqualTo("Kim Il Sung's Children");
            assertThat(r.get("Title_ID")).isEqualTo(FILM);
            assertThat(r.get("Platform")).isEqualTo("Docuportal");
            assertThat(r.get("Data_Type")).isEqualTo("Multimedia");
            assertThat(r.get("Month")).isEqualTo(month.toString());
            assertThat(r.get("Total_Item_Requests")).isEqualTo("3");
            assertThat(r.get("Total_Item_Investigations")).isEqualTo("5");
            assertThat(r.get("Unique_Item_Requests")).isEqualTo("1");
            assertThat(r.get("Minutes_Watched")).isEqualTo("0.1");
            assertThat(r.get("Completed_Plays")).isEqualTo("1");
            assertThat(r.get("Guide_Downloads")).isEqualTo("2");
        });

        // Asked for by Accept alone; the platform administrator's file has one row per title and month, never two.
        Response all = asPlatformAdmin().accept("text/csv").when().get("api/reports/usage");
        all.then().statusCode(200).contentType(startsWith("text/csv"));
        List<CSVRecord> everyone = parse(new String(all.asByteArray(), StandardCharsets.UTF_8));
        assertThat(everyone).extracting(r -> r.get("Title_ID") + " " + r.get("Month")).doesNotHaveDuplicates()
                .contains(FILM + " " + month);
        assertThat(everyone).allSatisfy(r -> assertThat(r.size()).isEqualTo(13));
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(withoutBom));
        assertThat(String.join(",", parser.getHeaderNames())).isEqualTo(HEADER);
        return parser.getRecords();
    }

    private static RequestSpecification asPlatformAdmin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
    }

    private static String start(TestInstitution school) {
        return school.asAdmin().contentType("application/json").body(Map.of("title", FILM))
                .when().post("api/playback/sessions").then().statusCode(201).extract().path("id");
    }

    private static void heartbeat(TestInstitution school, String session, int seconds, boolean completed) {
        school.asAdmin().contentType("application/json")
                .body(Map.of("secondsWatched", seconds, "position", seconds, "completed", completed))
                .when().post("api/playback/sessions/" + session + "/heartbeat").then().statusCode(200);
    }

    private static void end(TestInstitution school, String session) {
        school.asAdmin().when().delete("api/playback/sessions/" + session).then().statusCode(204);
    }
}
