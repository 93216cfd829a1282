package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platform administrators load avails for many titles from a CSV file; a file with any bad
 * row imports nothing and reports every bad row and column.
 */
class AvailsImportIT extends ApiTestBase {

    private static final String HEADER = "title_slug,right_type,territory,excluded_countries,start_date,end_date\n";
    private static final String SEED = "kim-il-sungs-children";
    private static final String OTHER = "korean-war-prisoners-working-title";

    /** A start date no earlier run used, so that each run adds new windows to the shared database. */
    private LocalDate start;

    @BeforeEach
    void chooseAFreshStartDate() {
        start = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 20_000));
    }

    @Test
    void adminImportsWindowsForSeveralTitlesAndTheyAppearOnTheTitles() {
        String csv = HEADER
                + SEED + ",NON_THEATRICAL,KR;JP;US,," + start + "," + start.plusYears(3) + "\n"
                + OTHER + ",EDUCATIONAL,WORLDWIDE,CN," + start + ",\n";
        given().auth().preemptive().basic("admin@demo.example", "demo-password")
                .contentType("text/csv").body(csv)
                .when().post("api/admin/avails")
                .then().statusCode(200)
                .body("rows", equalTo(2)).body("added", equalTo(2)).body("unchanged", equalTo(0));

        given().when().get("api/titles/" + OTHER).then().statusCode(200)
                .body("rightsWindows.find { it.startDate == '" + start + "' }.territory", equalTo("Worldwide excluding CN"));
        given().when().get("api/titles/" + SEED).then().statusCode(200)
                .body("rightsWindows.find { it.startDate == '" + start + "' }.countries", hasItems("JP", "KR", "US"))
                .body("rightsWindows.find { it.startDate == '" + start + "' }.endDate", equalTo(start.plusYears(3).toString()));

        // The same file again changes nothing.
        given().auth().preemptive().basic("admin@demo.example", "demo-password")
                .contentType("text/csv").body(csv)
                .when().post("api/admin/avails")
                .then().statusCode(200).body("added", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRowAndColumn() {
        int windowsBefore = windowsOf(SEED);
        String csv = HEADER
                + SEED + ",EDUCATIONAL,WORLDWIDE,," + start + ",\n"          // line 2: fine on its own
                + SEED + ",CINEMA,WORLDWIDE,," + start + ",\n"               // line 3: unknown right
                + "no-such-title,EDUCATIONAL,XX,," + start + ",\n"           // line 4: unknown title and country
                + SEED + ",EDUCATIONAL,KR,," + start + "," + start.minusDays(1) + "\n"; // line 5: ends before it starts
        given().auth().preemptive().basic("admin@demo.example", "demo-password")
                .contentType("text/csv").body(csv)
                .when().post("api/admin/avails")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors.line", hasItems(3, 4, 5))
                .body("errors.findAll { it.line == 3 }.field", hasItem("right_type"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("territory", "title_slug"))
                .body("errors.findAll { it.line == 5 }.field", hasItem("end_date"));
        assertEquals(windowsBefore, windowsOf(SEED), "a rejected file must not add the good rows either");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejected() {
        given().auth().preemptive().basic("admin@demo.example", "demo-password")
                .contentType("text/csv").body("slug,right\n" + SEED + ",EDUCATIONAL\n")
                .when().post("api/admin/avails")
                .then().statusCode(400).body("errors[0].line", equalTo(1));
    }

    @Test
    void onlyPlatformAdministratorsMayImport() {
        String csv = HEADER + SEED + ",EDUCATIONAL,WORLDWIDE,," + start + ",\n";
        given().contentType("text/csv").body(csv).when().post("api/admin/avails")
                .then().statusCode(401).contentType("application/problem+json");
        for (String user : new String[] {"teacher@demo.example", "reviewer@demo.example", "officer@demo.example",
                "schooladmin@demo.example"}) {
            given().auth().preemptive().basic(user, "demo-password")
                    .contentType("text/csv").body(csv)
                    .when().post("api/admin/avails")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get("api/titles/" + SEED).then()
                .body("rightsWindows.findAll { it.startDate == '" + start + "' }", hasSize(0));
    }

    private int windowsOf(String slug) {
        return given().when().get("api/titles/" + slug).then().statusCode(200)
                .extract().jsonPath().getList("rightsWindows").size();
    }
}
