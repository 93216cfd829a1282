package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.docuportal.payment.infrastructure.SignedEvent;
import org.docuportal.payment.infrastructure.StripeEvents;
import org.docuportal.payment.infrastructure.StripeStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Orders against the Stripe stub: one quote ordered from 8 browsers at once makes one order and one
 * invoice, the invoice sent after the order was committed; money moving for an order the portal
 * does not know raises an alert the platform administrators see and resolve.
 */
class PaymentBurstStripeIT extends ApiTestBase {

    private static final String WEBHOOK_SECRET = "whsec_test_only_not_a_secret";
    private static final String FILM = "kim-il-sungs-children";

    private static StripeStub stripe;

    @BeforeAll
    static void startStripeStub() {
        stripe = new StripeStub(Integer.parseInt(System.getProperty("it.stripe.port", "12111"))).start();
    }

    @AfterAll
    static void stopStripeStub() {
        stripe.stop();
    }

    @Test
    void eightSimultaneousInvoiceOrdersOfOneQuoteMakeOneOrderAndOneInvoice() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int offer = school.asAdmin().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        int quote = school.asAdmin().contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");

        List<Response> orders = BurstIT.burst(8, i -> () -> school.asAdmin().contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "stripe-invoice"))
                .when().post("api/orders"));
        assertThat(orders).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(orders).extracting(Response::statusCode).filteredOn(s -> s != 201).containsOnly(409);
        String reference = orders.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("reference");

        List<String> invoicesCreated = stripe.requests().stream()
                .filter(r -> r.getMethod().getName().equals("POST") && r.getUrl().equals("/v1/invoices")
                        && r.getBodyAsString().contains(reference))
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(invoicesCreated).as("one invoice created at Stripe").hasSize(1);
        assertThat(invoicesCreated.get(0)).isEqualTo("order-" + reference + "-invoice");

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/orders")
                .then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.paymentRequest", equalTo("SENT"));
    }

    @Test
    void aRefundForAnUnknownOrderRaisesAnAlertThatAnAdministratorResolves() {
        String unknown = "O-9" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 12);
        String eventId = "evt_" + UUID.randomUUID();
        // A charge of its own: the stub's invoice and session ids are shared by every order of the run.
        SignedEvent event = StripeEvents.signedEvent(StripeEvents.chargeRefunded(eventId, "ch_" + UUID.randomUUID(), unknown,
                Instant.now()), WEBHOOK_SECRET, Instant.now());
        given().contentType("application/json").header("Stripe-Signature", event.signatureHeader()).body(event.payload())
                .when().post("api/stripe/webhook").then().statusCode(200);

        String path = "find { it.eventId == '" + eventId + "' }";
        int id = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/payment-alerts")
                .then().statusCode(200)
                .body(path + ".orderReference", equalTo(unknown))
                .body(path + ".detail", containsString("names no order"))
                .extract().path(path + ".id");
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/admin/payment-alerts")
                .then().statusCode(403);

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "")).when().post("api/admin/payment-alerts/" + id + "/resolution")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("note"));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "Refunded at Stripe: paid twice by mistake")).when()
                .post("api/admin/payment-alerts/" + id + "/resolution")
                .then().statusCode(200).body("resolvedBy", equalTo("admin@demo.example"));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "again")).when().post("api/admin/payment-alerts/" + id + "/resolution")
                .then().statusCode(409);
        List<String> open = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/payment-alerts").then().statusCode(200).extract().path("eventId");
        assertThat(open).doesNotContain(eventId);
    }
}
