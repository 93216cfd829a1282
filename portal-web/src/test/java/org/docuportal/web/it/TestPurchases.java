package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Buys a license through the API the way a member does (offer, quote, manual purchase order), with
 * the payment recorded by the demo platform administrator, for tests that need a license to exist.
 */
final class TestPurchases {

    private TestPurchases() {
    }

    /**
     * The license, as {@code POST api/admin/orders/{id}/payment} answers it.
     *
     * @param member who buys: a member of the institution allowed to order
     * @param kind the offer's kind, such as PUBLIC_SCREENING
     * @param termMonths the offer's term (0 for a screening)
     * @param start the license's first day (the screening day)
     */
    static JsonPath license(String member, String password, String titleSlug, String kind, int termMonths, LocalDate start) {
        int offer = given().auth().preemptive().basic(member, password).when().get("api/titles/" + titleSlug + "/offers")
                .then().statusCode(200)
                .extract().path("find { it.kind == '" + kind + "' && it.termMonths == " + termMonths + " }.id");
        int quote = given().auth().preemptive().basic(member, password).contentType("application/json")
                .body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
        int order = given().auth().preemptive().basic(member, password).contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        return given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "Test payment"))
                .when().post("api/admin/orders/" + order + "/payment").then().statusCode(201).extract().jsonPath();
    }
}
