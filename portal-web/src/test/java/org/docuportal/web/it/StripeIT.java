package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Card and invoice payment through Stripe, against a local stub of Stripe's HTTP API, with
 * webhook events signed as Stripe signs them. The portal runs with test-only keys (see the
 * failsafe execution "stripe" in portal-web's pom).
 */
class StripeIT extends ApiTestBase {

    private static final String WEBHOOK_SECRET = "whsec_test_only_not_a_secret";
    private static final String SEED = "kim-il-sungs-children";

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
    void cardPaymentRedirectsToStripeAndOnlyTheSignedEventIssuesExactlyOneLicense() {
        Map<String, Object> order = order("stripe-card", null);
        assertEquals(StripeStub.CHECKOUT_URL, order.get("redirectUrl"));
        String reference = (String) order.get("reference");
        assertTrue(stripe.requestLines().stream().anyMatch(l -> l.contains("/v1/checkout/sessions")), stripe.requestLines().toString());

        // Returning from Stripe's page proves nothing: no license yet.
        assertEquals(0, licensesFor(reference));

        SignedEvent paid = StripeEvents.signedEvent(StripeEvents.checkoutSessionCompleted("evt_" + UUID.randomUUID(),
                reference, "paid", Instant.now()), WEBHOOK_SECRET, Instant.now());
        deliver(paid).then().statusCode(200).body("applied", equalTo(true));
        deliver(paid).then().statusCode(200).body("applied", equalTo(false));
        // The same payment reported again under another event id still makes no second license.
        deliver(StripeEvents.signedEvent(StripeEvents.checkoutSessionCompleted("evt_" + UUID.randomUUID(), reference,
                "paid", Instant.now()), WEBHOOK_SECRET, Instant.now())).then().statusCode(200);
        assertEquals(1, licensesFor(reference));
    }

    @Test
    void forgedStaleAndTamperedEventsAreRefusedAndChangeNothing() {
        String reference = (String) order("stripe-card", null).get("reference");
        String payload = StripeEvents.checkoutSessionCompleted("evt_" + UUID.randomUUID(), reference, "paid", Instant.now());

        deliver(StripeEvents.signedEvent(payload, "whsec_someone_else", Instant.now())).then().statusCode(400)
                .contentType("application/problem+json");
        deliver(StripeEvents.signedEvent(payload, WEBHOOK_SECRET, Instant.now().minusSeconds(3600))).then().statusCode(400);
        deliver(StripeEvents.signedEvent(payload, WEBHOOK_SECRET, Instant.now())
                .withPayload(payload.replace("\"livemode\": false", "\"livemode\": true"))).then().statusCode(400);
        given().contentType("application/json").body(payload).when().post("api/stripe/webhook").then().statusCode(400);
        assertEquals(0, licensesFor(reference));
    }

    @Test
    void anInvoiceCarriesThePurchaseOrderNumberAndItsPaymentIssuesTheLicenseWhichARefundRevokes() {
        String po = "PO-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> order = order("stripe-invoice", po);
        String reference = (String) order.get("reference");
        assertTrue(((String) order.get("instructions")).contains("invoice"), order.toString());
        assertTrue(stripe.requests().stream().anyMatch(r -> r.getUrl().startsWith("/v1/invoices")
                        && r.getBodyAsString().contains("send_invoice") && r.getBodyAsString().contains(po)),
                "the invoice is sent for payment within days and shows the PO number");

        // Shuffled: the refund is reported first, for an order not paid yet, then the payment.
        String charge = "ch_" + UUID.randomUUID().toString().substring(0, 8);
        deliver(StripeEvents.signedEvent(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), charge, reference,
                Instant.now()), WEBHOOK_SECRET, Instant.now())).then().statusCode(200);
        deliver(StripeEvents.signedEvent(StripeEvents.invoicePaid("evt_" + UUID.randomUUID(), reference,
                StripeEvents.CURRENT_API_VERSION, Instant.now()), WEBHOOK_SECRET, Instant.now())).then().statusCode(200);
        assertEquals(0, licensesFor(reference), "a refunded order never becomes a license");

        Map<String, Object> second = order("stripe-invoice", po + "-2");
        String paidReference = (String) second.get("reference");
        deliver(StripeEvents.signedEvent(StripeEvents.invoicePaid("evt_" + UUID.randomUUID(), paidReference,
                StripeEvents.CURRENT_API_VERSION, Instant.now()), WEBHOOK_SECRET, Instant.now())).then().statusCode(200);
        assertEquals(1, licensesFor(paidReference));
        deliver(StripeEvents.signedEvent(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), charge, paidReference,
                Instant.now()), WEBHOOK_SECRET, Instant.now())).then().statusCode(200);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/licenses")
                .then().statusCode(200)
                .body("find { it.order == '" + paidReference + "' }.status", equalTo("REVOKED"));
    }

    @Test
    void withStripeConfiguredTheManualPurchaseOrderIsNotOffered() {
        int quote = quote();
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders")
                .then().statusCode(400).body("errors[0].message", containsString("stripe-card"));
    }

    private Map<String, Object> order(String method, String po) {
        int quote = quote();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("quoteId", quote, "paymentMethod", method));
        if (po != null) {
            body.put("purchaseOrderNumber", po);
        }
        return given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(body)
                .when().post("api/orders")
                .then().statusCode(201).body("status", equalTo("AWAITING_PAYMENT"))
                .extract().jsonPath().getMap("");
    }

    private int quote() {
        int offer = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .when().get("api/titles/" + SEED + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        return given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
    }

    private static Response deliver(SignedEvent event) {
        return given().contentType("application/json").header("Stripe-Signature", event.signatureHeader())
                .body(event.payload()).when().post("api/stripe/webhook");
    }

    private static int licensesFor(String orderReference) {
        List<String> orders = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .when().get("api/licenses").then().statusCode(200).extract().path("order");
        return (int) orders.stream().filter(orderReference::equals).count();
    }
}
