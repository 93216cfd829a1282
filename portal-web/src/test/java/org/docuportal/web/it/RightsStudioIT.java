package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * The rights studio through the API, on titles of the test's own: windows are added, amended,
 * ended early and withdrawn with a required reason and an append-only history; a dry run lists
 * the licenses a change would leave outside the rights, a save flags them; quotes follow the new
 * windows at once and quote terms stay within the horizon.
 */
class RightsStudioIT extends ApiTestBase {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(TestTitles.ADMIN, DEMO_PASSWORD).contentType("application/json");
    }

    @Test
    void endingEarlyListsThenFlagsTheLicenseAndLaterQuotesAreRefusedNamingTheNewEnd() {
        String slug = TestTitles.create("rights");
        int window = TestTitles.addWindow(slug, "EDUCATIONAL", "KR;JP", "2020-01-01", null);
        TestTitles.addStreamingOffer(slug);
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(slug);
        LocalDate newEnd = LocalDate.now().plusMonths(6);

        // Without a reason nothing is saved, and the refusal names the field.
        admin().body(Map.of("endDate", newEnd.toString())).when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        admin().body(Map.of("endDate", newEnd.toString(), "reason", " ")).when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(400).body("errors.field", hasItem("reason"));

        // The dry run names the license and writes nothing.
        admin().body(Map.of("endDate", newEnd.toString(), "dryRun", true))
                .when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("change", nullValue())
                .body("window.endDate", equalTo(newEnd.toString()))
                .body("affectedLicenses.id", contains(school.licenseId()))
                .body("affectedLicenses[0].country", equalTo("KR"));
        admin().when().get("api/admin/titles/" + slug + "/rights").then().statusCode(200)
                .body("windows[0].endDate", nullValue())
                .body("history.action", contains("ADDED"))
                .body("flaggedLicenses", empty());

        // The save ends the window early, records who, what and why, and flags the license without changing it.
        admin().body(Map.of("endDate", newEnd.toString(), "reason", "The producer's educational rights end sooner"))
                .when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("change.action", equalTo("ENDED"))
                .body("change.changedBy", equalTo(TestTitles.ADMIN))
                .body("affectedLicenses.id", contains(school.licenseId()));
        admin().when().get("api/admin/titles/" + slug + "/rights").then().statusCode(200)
                .body("windows[0].id", equalTo(window))
                .body("windows[0].endDate", equalTo(newEnd.toString()))
                .body("history.action", contains("ENDED", "ADDED"))
                .body("history[0].before", containsString("from 2020-01-01, open-ended"))
                .body("history[0].after", containsString("2020-01-01 to " + newEnd))
                .body("history[0].reason", equalTo("The producer's educational rights end sooner"))
                .body("history[0].changedAt", not(nullValue()))
                .body("flaggedLicenses.license.id", contains(school.licenseId()))
                .body("flaggedLicenses[0].stillOutside", equalTo(true));
        school.asAdmin().when().get("api/licenses/" + school.licenseId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        // Sales follow the new window at once: a 12-month term from today runs past it, and the refusal says when it ends.
        TestInstitution other = TestInstitution.approvedSchoolInKorea();
        int offer = other.asAdmin().when().get("api/titles/" + slug + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' }.id");
        String spelledOut = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(newEnd);
        other.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes")
                .then().statusCode(409)
                .body("errors.find { it.field == 'term-covered' }.message", containsString(spelledOut));
    }

    @Test
    void quoteTermsStartFromTodayUpToTheHorizon() {
        String slug = TestTitles.create("horizon");
        TestTitles.addWindow(slug, "EDUCATIONAL", "WORLDWIDE", "2020-01-01", null);
        TestTitles.addStreamingOffer(slug);
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int offer = school.asAdmin().when().get("api/titles/" + slug + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' }.id");
        LocalDate latest = LocalDate.now().plusMonths(12);

        school.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", "9999-12-31"))
                .when().post("api/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("start"))
                .body("errors[0].message", containsString("no later than " + latest + " (12 months ahead)"));
        school.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().minusDays(1).toString()))
                .when().post("api/quotes")
                .then().statusCode(400).body("errors[0].field", equalTo("start"))
                .body("errors[0].message", containsString("today (" + LocalDate.now() + ")"));
        school.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", latest.toString()))
                .when().post("api/quotes").then().statusCode(201).body("start", equalTo(latest.toString()));
    }

    @Test
    void amendingTerritoryAndWithdrawingAreRecordedAndAnotherTitlesWindowIsNotFound() {
        String slug = TestTitles.create("rights");
        String other = TestTitles.create("rights");
        int window = TestTitles.addWindow(slug, "NON_THEATRICAL", "WORLDWIDE", "2021-01-01", "2030-12-31");
        int othersWindow = TestTitles.addWindow(other, "NON_THEATRICAL", "WORLDWIDE", "2021-01-01", null);

        admin().body(Map.of("excludedCountries", java.util.List.of("CN;KP"), "reason", "Sanctions clause"))
                .when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(200)
                .body("change.action", equalTo("AMENDED"))
                .body("window.territory", equalTo("Worldwide excluding CN, KP"))
                .body("window.endDate", equalTo("2030-12-31"));
        admin().body(Map.of("territory", "XX", "reason", "typo")).when().put("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(400).body("errors.field", hasItem("territory"));

        // A window id of another title is not found through this title, and stays as it was.
        admin().body(Map.of("endDate", "2029-01-01", "reason", "wrong title")).when().put("api/admin/titles/" + slug + "/rights/" + othersWindow)
                .then().statusCode(404);
        admin().when().delete("api/admin/titles/" + slug + "/rights/" + othersWindow + "?reason=wrong")
                .then().statusCode(404);
        admin().when().get("api/admin/titles/" + other + "/rights").then().body("windows.id", contains(othersWindow));
        admin().when().get("api/admin/titles/no-such-title/rights").then().statusCode(404);

        // Withdrawing needs a reason too, as a query parameter (Payara refuses a body on DELETE).
        admin().when().delete("api/admin/titles/" + slug + "/rights/" + window).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        admin().when().delete("api/admin/titles/" + slug + "/rights/" + window + "?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("affectedLicenses", empty());
        admin().queryParam("reason", "Granted by mistake").when().delete("api/admin/titles/" + slug + "/rights/" + window)
                .then().statusCode(200).body("change.action", equalTo("WITHDRAWN"));
        admin().when().get("api/admin/titles/" + slug + "/rights").then().statusCode(200)
                .body("windows", empty())
                .body("history.action", contains("WITHDRAWN", "AMENDED", "ADDED"))
                .body("history[0].windowId", equalTo(window))
                .body("history[0].before", containsString("Worldwide excluding CN, KP"))
                .body("history[0].after", nullValue());
    }

    @Test
    void anAvailsImportLeavesHistoryNamingTheFile() {
        String slug = TestTitles.create("avails");
        String csv = "title_slug,right_type,territory,excluded_countries,start_date,end_date\n"
                + slug + ",EDUCATIONAL,KR;US,,2024-01-01,2029-12-31\n";
        given().auth().preemptive().basic(TestTitles.ADMIN, DEMO_PASSWORD).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"spring-avails.csv\"").body(csv)
                .when().post("api/admin/avails").then().statusCode(200).body("added", equalTo(1));
        admin().when().get("api/admin/titles/" + slug + "/rights").then().statusCode(200)
                .body("windows", hasSize(1))
                .body("history", hasSize(1))
                .body("history[0].action", equalTo("IMPORTED"))
                .body("history[0].reason", equalTo("avails import spring-avails.csv"))
                .body("history[0].after", equalTo("EDUCATIONAL, KR, US, 2024-01-01 to 2029-12-31"));
        // A window added by hand needs a reason.
        admin().body(Map.of("rightType", "EDUCATIONAL", "territory", "JP", "startDate", "2024-01-01"))
                .when().post("api/admin/titles/" + slug + "/rights")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }
}
