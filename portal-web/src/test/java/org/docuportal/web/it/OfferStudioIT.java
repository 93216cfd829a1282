package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * Offers as the distributor manages them: an offer is withdrawn only through its own title
 * (another title's address answers 404 and changes nothing), a withdrawn offer is no longer
 * sold while what was quoted, ordered and licensed under it stays readable, and a new offer's
 * refusals name each wrong field and price cell. Every offer here is the test's own (36-month
 * streaming or a screening with a cap no demo offer has), so demo offers that other tests buy
 * stay as they are.
 */
class OfferStudioIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final String OTHER_FILM = "korean-war-prisoners-working-title";

    @Test
    void anOfferIsWithdrawnOnlyThroughItsOwnTitle() {
        int offer = createOffer(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 36, "streamCap", 7, "currency", "EUR",
                "prices", List.of(price("LIBRARY", "UP_TO_500", "410.00"))));

        admin().when().delete("api/admin/offers/" + OTHER_FILM + "/" + offer)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(OTHER_FILM));
        admin().when().delete("api/admin/offers/no-such-film/" + offer).then().statusCode(404).contentType("application/problem+json");
        admin().when().delete("api/admin/offers/" + FILM + "/999999999").then().statusCode(404);
        admin().when().get("api/admin/offers/" + FILM).then().statusCode(200)
                .body("find { it.id == " + offer + " }.status", equalTo("ACTIVE"));
        given().when().get("api/titles/" + FILM + "/offers").then().statusCode(200).body("id", hasItem(offer));

        admin().when().delete("api/admin/offers/" + FILM + "/" + offer).then().statusCode(204);
        admin().when().get("api/admin/offers/" + FILM).then().statusCode(200)
                .body("find { it.id == " + offer + " }.status", equalTo("WITHDRAWN"))
                .body("find { it.id == " + offer + " }.withdrawnAt", notNullValue())
                .body("find { it.id == " + offer + " }.prices[0].amount", equalTo("410.00"));
        // Withdrawing again changes nothing; the other title's list never had it.
        admin().when().delete("api/admin/offers/" + FILM + "/" + offer).then().statusCode(204);
        admin().when().get("api/admin/offers/" + OTHER_FILM).then().statusCode(200).body("id", not(hasItem(offer)));
    }

    @Test
    void aWithdrawnOfferIsNoLongerSoldButItsQuotesOrdersAndLicensesStay() {
        int offer = createOffer(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 36, "streamCap", 4, "currency", "USD",
                "prices", List.of(price("K12_SCHOOL", "UP_TO_500", "321.50"), price("HIGHER_EDUCATION", "OVER_10000", "2000"))));
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.asAdmin().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .body("find { it.id == " + offer + " }.yourPrice.amount", equalTo("321.50"));
        int licensed = quote(school, offer).then().statusCode(201).extract().path("id");
        int order = school.asAdmin().contentType("application/json").body(Map.of("quoteId", licensed, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        int license = admin().contentType("application/json").body(Map.of("note", "Test payment"))
                .when().post("api/admin/orders/" + order + "/payment").then().statusCode(201).extract().path("id");
        int pending = quote(school, offer).then().statusCode(201).extract().path("id");

        admin().when().delete("api/admin/offers/" + FILM + "/" + offer).then().statusCode(204);

        given().when().get("api/titles/" + FILM + "/offers").then().statusCode(200).body("id", not(hasItem(offer)));
        quote(school, offer).then().statusCode(410).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("no longer sold"));
        school.asAdmin().when().get("api/quotes/" + licensed).then().statusCode(200)
                .body("offer", equalTo("Classroom streaming, 3 years, up to 4 concurrent streams"))
                .body("total.amount", equalTo("321.50"));
        school.asAdmin().when().get("api/licenses/" + license).then().statusCode(200)
                .body("kind", equalTo("CLASSROOM_STREAMING")).body("streamCap", equalTo(4)).body("status", equalTo("ACTIVE"));
        school.asAdmin().when().get("api/licenses/" + license + "/certificate").then().statusCode(200).contentType("application/pdf");
        // A quote made before the withdrawal stays valid until it expires: it can still be ordered.
        school.asAdmin().contentType("application/json").body(Map.of("quoteId", pending, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201);
    }

    @Test
    void aNewOffersRefusalNamesEachWrongFieldAndPriceCellAndKeepsNothing() {
        int before = admin().when().get("api/admin/offers/" + FILM).then().statusCode(200).extract().path("size()");
        admin().contentType("application/json")
                .body(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 24, "streamCap", 0, "currency", "DOLLARS",
                        "prices", List.of(price("LIBRARY", "UP_TO_500", "10"))))
                .when().post("api/admin/offers/" + FILM)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("termMonths", "streamCap", "currency")));
        admin().contentType("application/json")
                .body(Map.of("kind", "PUBLIC_SCREENING", "audienceCap", 45, "currency", "usd",
                        "prices", List.of(price("LIBRARY", "UP_TO_500", "95.50"), price("HIGHER_EDUCATION", "FROM_501_TO_2000", "1.005"),
                                price("K12_SCHOOL", "HUGE", "10"), price("LIBRARY", "UP_TO_500", "90"),
                                price("MILITARY_TRAINING", "OVER_10000", "0"))))
                .when().post("api/admin/offers/" + FILM)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("prices[1]", "prices[2]", "prices[3]", "prices[4]")))
                .body("errors[0].message", equalTo("Price for University or college, 501 to 2,000 (USD): must be a positive amount"
                        + " with at most 2 decimals, such as 249.00."))
                .body("errors[2].message", equalTo("Price for Library, Up to 500 (USD): given twice."));
        admin().contentType("application/json").body(Map.of("kind", "STUDY_GUIDE_PACK", "currency", "USD"))
                .when().post("api/admin/offers/" + FILM).then().statusCode(400).body("errors[0].field", equalTo("prices"));
        admin().contentType("application/json").body(Map.of("kind", "FREE_LUNCH", "currency", "USD"))
                .when().post("api/admin/offers/" + FILM).then().statusCode(400).body("errors.field", hasItem("kind"));
        admin().contentType("application/json").body(Map.of("kind", "STUDY_GUIDE_PACK", "currency", "USD",
                        "prices", List.of(price("LIBRARY", "UP_TO_500", "10"))))
                .when().post("api/admin/offers/no-such-film").then().statusCode(404).contentType("application/problem+json");
        int after = admin().when().get("api/admin/offers/" + FILM).then().statusCode(200).extract().path("size()");
        assertThat(after).isEqualTo(before);
        admin().when().get("api/admin/offers/no-such-film").then().statusCode(404).contentType("application/problem+json");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
    }

    private static int createOffer(Map<String, Object> offer) {
        return admin().contentType("application/json").body(offer).when().post("api/admin/offers/" + FILM)
                .then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
    }

    private static io.restassured.response.Response quote(TestInstitution school, int offer) {
        return school.asAdmin().contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now().toString())).when().post("api/quotes");
    }

    private static Map<String, String> price(String type, String band, String amount) {
        return Map.of("institutionType", type, "sizeBand", band, "amount", amount);
    }
}
