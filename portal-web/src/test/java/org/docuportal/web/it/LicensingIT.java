package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The manual purchase-order path on the embedded default: a teacher of a verified school gets
 * a quote, orders it, a platform administrator records the payment, and a license
 * appears (SCHEDULED until its first day), for the quoted term and for that school only.
 */
class LicensingIT extends ApiTestBase {

    private static final String SEED = "kim-il-sungs-children";

    @Test
    void aTeacherGetsAQuoteOrdersItAndTheRecordedPaymentIssuesOneLicense() {
        int offer = offerId("teacher@demo.example", "CLASSROOM_STREAMING", 12);
        LocalDate start = LocalDate.now().plusDays(7);

        int quote = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("start", equalTo(start.toString()))
                .body("end", equalTo(start.plusMonths(12).minusDays(1).toString()))
                .body("total.currency", equalTo("USD"))
                .body("total.amount", equalTo("373.50")) // the demo price for a school of 501 to 2,000: 249 × 1.5
                .body("lines[0].description", containsString("Kim Il Sung's Children"))
                .body("validUntil", notNullValue())
                .extract().path("id");

        int order = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "manual-po", "purchaseOrderNumber", "PO-2026-114"))
                .when().post("api/orders")
                .then().statusCode(201)
                .body("status", equalTo("AWAITING_PAYMENT"))
                .body("purchaseOrderNumber", equalTo("PO-2026-114"))
                .body("redirectUrl", nullValue())
                .body("instructions", containsString("PO-2026-114"))
                .extract().path("id");

        // The same quote cannot be ordered twice.
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(409);

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/orders")
                .then().statusCode(200).body("id", hasItem(order));
        int license = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "Paid by bank transfer"))
                .when().post("api/admin/orders/" + order + "/payment")
                .then().statusCode(201)
                .body("status", equalTo("SCHEDULED")) // it starts in a week
                .body("daysUntilStart", equalTo(7))
                .body("start", equalTo(start.toString()))
                .body("end", equalTo(start.plusMonths(12).minusDays(1).toString()))
                .body("streamCap", equalTo(3))
                .extract().path("id");
        // Recording it again changes nothing: still exactly one license for the order.
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "again"))
                .when().post("api/admin/orders/" + order + "/payment").then().body("id", equalTo(license));

        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/licenses")
                .then().statusCode(200).body("id", hasItem(license));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/licenses/" + license)
                .then().statusCode(200).body("title", equalTo(SEED)).body("order", notNullValue());
        // Another institution sees nothing of it.
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD).when().get("api/licenses")
                .then().statusCode(200).body("id", not(hasItem(license)));
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD).when().get("api/licenses/" + license)
                .then().statusCode(404);
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD).when().get("api/quotes/" + quote)
                .then().statusCode(404);

        // The quote and the certificate as PDF documents, for the school only.
        byte[] quotePdf = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .when().get("api/quotes/" + quote + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals("%PDF-", new String(quotePdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .when().get("api/licenses/" + license + "/certificate").then().statusCode(200).contentType("application/pdf");
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD)
                .when().get("api/licenses/" + license + "/certificate").then().statusCode(404);
    }

    @Test
    void platformAdministratorsPutOffersWithPricesOnTitles() {
        Map<String, Object> offer = Map.of("kind", "PUBLIC_SCREENING", "audienceCap", 80, "currency", "EUR",
                "prices", java.util.List.of(Map.of("institutionType", "LIBRARY", "sizeBand", "UP_TO_500", "amount", "95.50")));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json").body(offer)
                .when().post("api/admin/offers/" + SEED)
                .then().statusCode(201).body("audienceCap", equalTo(80)).body("kind", equalTo("PUBLIC_SCREENING"));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 24, "streamCap", 3, "currency", "EUR",
                        "prices", java.util.List.of(Map.of("institutionType", "LIBRARY", "sizeBand", "HUGE", "amount", "1.005"))))
                .when().post("api/admin/offers/" + SEED)
                .then().statusCode(400).body("errors.field", hasItem("termMonths"));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json").body(offer)
                .when().post("api/admin/offers/" + SEED).then().statusCode(403);
    }

    @Test
    void whereTheSchoolAsksForApprovalAMembersQuoteWaitsForItsAdministrator() {
        setApproval(true);
        try {
            int offer = offerId("teacher@demo.example", "STUDY_GUIDE_PACK", 12);
            int quote = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                    .contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                    .when().post("api/quotes").then().statusCode(201).body("status", equalTo("AWAITING_APPROVAL"))
                    .extract().path("id");
            given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("quoteId", quote, "paymentMethod", "manual-po")).when().post("api/orders")
                    .then().statusCode(409);
            given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("approve", true)).when().post("api/quotes/" + quote + "/decision").then().statusCode(403);
            given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("approve", false)).when().post("api/quotes/" + quote + "/decision")
                    .then().statusCode(400).body("errors[0].field", equalTo("reason"));
            given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("approve", true, "reason", "Within this term's budget")).when().post("api/quotes/" + quote + "/decision")
                    .then().statusCode(200).body("status", equalTo("OPEN"));
            given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("quoteId", quote, "paymentMethod", "manual-po")).when().post("api/orders")
                    .then().statusCode(201);
        } finally {
            setApproval(false);
        }
    }

    private static void setApproval(boolean required) {
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("purchaseApprovalRequired", required)).when().put("api/institution/settings")
                .then().statusCode(200).body("purchaseApprovalRequired", equalTo(required));
    }

    @Test
    void aTrainingInstitutionIsRefusedClassroomStreamingNamingTheRule() {
        int offer = offerId("officer@demo.example", "CLASSROOM_STREAMING", 12);
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("institution-type"));
    }

    @Test
    void aTrainingOfficerMayQuoteAPublicScreening() {
        int offer = offerId("officer@demo.example", "PUBLIC_SCREENING", 0);
        LocalDate day = LocalDate.now().plusDays(30);
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", offer, "start", day.toString()))
                .when().post("api/quotes")
                .then().statusCode(201).body("start", equalTo(day.toString())).body("end", equalTo(day.toString()));
    }

    @Test
    void badOrUnauthorisedRequestsAreRefused() {
        given().contentType("application/json").body(Map.of("offerId", 1, "start", "2030-01-01"))
                .when().post("api/quotes").then().statusCode(401);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", 1, "start", "2030-01-01"))
                .when().post("api/quotes").then().statusCode(403);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", 1, "start", "next week"))
                .when().post("api/quotes").then().statusCode(400).body("errors[0].field", equalTo("start"));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("quoteId", 1, "paymentMethod", "bitcoin"))
                .when().post("api/orders").then().statusCode(400).body("errors[0].field", equalTo("paymentMethod"));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/admin/orders")
                .then().statusCode(403);
    }

    private int offerId(String caller, String kind, int termMonths) {
        return given().auth().preemptive().basic(caller, DEMO_PASSWORD).when().get("api/titles/" + SEED + "/offers")
                .then().statusCode(200)
                .extract().path("find { it.kind == '" + kind + "' && it.termMonths == " + termMonths + " }.id");
    }
}
