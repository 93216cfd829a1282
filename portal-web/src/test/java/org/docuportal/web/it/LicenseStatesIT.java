package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * License states as the API shows them: a license bought for next month is SCHEDULED with the
 * days until it starts (and its certificate says so), one from today is ACTIVE with its days
 * left; a renewal is a quote for the same offer from the day after the end; buying days the
 * school already holds is allowed but the quote names the license that holds them.
 */
class LicenseStatesIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @Test
    void aLicenseStartingNextMonthIsScheduledAndOneFromTodayIsActiveAndRenewsFromTheDayAfterItsEnd() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate nextMonth = today.plusMonths(1);

        JsonPath scheduled = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM,
                "CLASSROOM_STREAMING", 12, nextMonth);
        int scheduledId = scheduled.getInt("id");
        assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
        school.asAdmin().when().get("api/licenses/" + scheduledId).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("start", equalTo(nextMonth.toString()))
                .body("daysUntilStart", equalTo((int) ChronoUnit.DAYS.between(today, nextMonth)))
                .body("daysLeft", nullValue())
                .body("watchable", equalTo(false));
        school.asAdmin().when().get("api/licenses").then().statusCode(200)
                .body("find { it.id == " + scheduledId + " }.status", equalTo("SCHEDULED"));
        byte[] certificate = school.asAdmin().when().get("api/licenses/" + scheduledId + "/certificate")
                .then().statusCode(200).extract().asByteArray();
        assertThat(String.join(" ", PdfPages.text(certificate))).contains("Scheduled").doesNotContain("STATUS Active");

        // Its renewal would start beyond the 12-month quote horizon: refused, saying from when it can be asked.
        LocalDate scheduledEnd = nextMonth.plusMonths(12).minusDays(1);
        school.asAdmin().when().post("api/licenses/" + scheduledId + "/renewal").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("runs until " + scheduledEnd))
                .body("detail", containsString("can be quoted from " + scheduledEnd.plusDays(1).minusMonths(12)));

        // Buying days it already holds: the quote warns, naming the license and its dates.
        int offer = school.asAdmin().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        int quote = school.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", today.toString()))
                .when().post("api/quotes").then().statusCode(201)
                .body("overlappingLicenses.reference", hasItem(scheduled.getString("reference")))
                .body("overlappingLicenses.find { it.id == " + scheduledId + " }.start", equalTo(nextMonth.toString()))
                .body("overlappingLicenses.find { it.id == " + scheduledId + " }.end", equalTo(scheduledEnd.toString()))
                .body("overlappingLicenses.find { it.id == " + scheduledId + " }.status", equalTo("SCHEDULED"))
                .extract().path("id");
        school.asAdmin().when().get("api/quotes/" + quote).then().statusCode(200)
                .body("overlappingLicenses.id", hasItem(scheduledId));
        int order = school.asAdmin().contentType("application/json").body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        int activeId = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "Test payment"))
                .when().post("api/admin/orders/" + order + "/payment").then().statusCode(201).extract().path("id");

        LocalDate activeEnd = today.plusMonths(12).minusDays(1);
        school.asAdmin().when().get("api/licenses/" + activeId).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("daysLeft", equalTo((int) ChronoUnit.DAYS.between(today, activeEnd) + 1))
                .body("daysUntilStart", nullValue())
                .body("watchable", equalTo(true));

        var renewal = school.asAdmin().when().post("api/licenses/" + activeId + "/renewal").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("start", equalTo(activeEnd.plusDays(1).toString()))
                .body("end", equalTo(activeEnd.plusMonths(12).toString()))
                // The renewal shares days with the license bought for next month, not with the one it renews.
                .body("overlappingLicenses.id", hasItem(scheduledId))
                .body("overlappingLicenses.id", not(hasItem(activeId)))
                .extract();
        int renewalId = renewal.path("id");
        assertThat(renewal.header("Location")).endsWith("/api/quotes/" + renewalId);
        school.asAdmin().when().get("api/quotes/" + renewalId).then().statusCode(200)
                .body("start", equalTo(activeEnd.plusDays(1).toString()));
    }

    @Test
    void anotherInstitutionCannotRenewALicenseAndAWithdrawnOfferIsNamed() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .when().post("api/licenses/" + school.licenseId() + "/renewal").then().statusCode(404);
        given().when().post("api/licenses/" + school.licenseId() + "/renewal").then().statusCode(401);
        // A fresh offer bought and then withdrawn: its license cannot be renewed as it was bought.
        Map<String, Object> newOffer = Map.of("kind", "STUDY_GUIDE_PACK", "currency", "USD",
                "prices", List.of(Map.of("institutionType", "K12_SCHOOL", "sizeBand", "UP_TO_500", "amount", "12.00")));
        int offer = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(newOffer).when().post("api/admin/offers/" + FILM)
                .then().statusCode(201).extract().path("id");
        int quote = school.asAdmin().contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now(ZoneOffset.UTC).toString()))
                .when().post("api/quotes").then().statusCode(201).body("overlappingLicenses", empty()).extract().path("id");
        int order = school.asAdmin().contentType("application/json").body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        int license = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "Test payment"))
                .when().post("api/admin/orders/" + order + "/payment").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .when().delete("api/admin/offers/" + FILM + "/" + offer).then().statusCode(204);

        school.asAdmin().when().post("api/licenses/" + license + "/renewal").then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("has been withdrawn"));
    }
}
