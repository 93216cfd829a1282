package org.docuportal.payment.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A local stand-in for Stripe's HTTP API (WireMock on loopback), answering the requests the
 * portal makes to start a Checkout and to send an invoice with minimal but realistic objects.
 *
 * <p>A plain class, so that JUnit tests and Arquillian tests alike can use it: {@link #start()},
 * point {@code portal.stripe.api-base} at {@link #baseUrl()}, and {@link #stop()} at the end.
 * {@link #server()} gives WireMock itself for verifying requests or adding stubs;
 * {@link #failWith} makes an endpoint answer with one of Stripe's error bodies.
 *
 * <p>The ids it returns are fixed ({@link #CHECKOUT_SESSION_ID}, {@link #INVOICE_ID}, ...);
 * Stripe's idempotency is not imitated, so the stub answers every request, repeated or not.
 * Signed webhook payloads come from {@link StripeEvents}.
 */
public final class StripeStub {

    public static final String SECRET_KEY = "sk_test_stub";
    public static final String CHECKOUT_SESSION_ID = "cs_test_a1StubSession";
    public static final String CHECKOUT_URL = "https://checkout.stripe.com/c/pay/" + CHECKOUT_SESSION_ID;
    public static final String CUSTOMER_ID = "cus_StubCustomer";
    public static final String INVOICE_ITEM_ID = "ii_StubItem";
    public static final String INVOICE_ID = "in_StubInvoice";
    public static final String HOSTED_INVOICE_URL = "https://invoice.stripe.com/i/acct_stub/test_StubInvoice";

    private static final int DEFAULT_PRIORITY = 10;
    private static final int ERROR_PRIORITY = 1;
    private static final long CREATED = 1_767_225_600L;

    private final WireMockServer server;

    /** A stub on a free port chosen when it starts. */
    public StripeStub() {
        this(0);
    }

    /** A stub on the given port, for a server that must know the address before the stub starts. */
    public StripeStub(int port) {
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
    }

    public StripeStub start() {
        server.start();
        stubStripe();
        return this;
    }

    public void stop() {
        server.stop();
    }

    public int port() {
        return server.port();
    }

    /** What {@code portal.stripe.api-base} should be set to. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** WireMock itself, to verify requests or add stubs. */
    public WireMockServer server() {
        return server;
    }

    /** Settings for a gateway and webhooks talking to this stub, without retries. */
    public StripeSettings settings(String webhookSecret) {
        return new StripeSettings(SECRET_KEY, webhookSecret, baseUrl(), 300, 0);
    }

    /** Forgets the requests received and any errors set up, and answers normally again. */
    public void reset() {
        server.resetAll();
        stubStripe();
    }

    /**
     * Makes requests to paths matching {@code pathRegex} fail the way Stripe fails: with the HTTP
     * status and an error body of the given type ({@code card_error}, {@code invalid_request_error},
     * {@code api_error}, ...).
     */
    public void failWith(String pathRegex, int status, String type, String message) {
        server.stubFor(post(urlPathMatching(pathRegex)).atPriority(ERROR_PRIORITY)
                .willReturn(json(status, """
                        {"error": {"type": "%s", "message": "%s", "request_log_url": "https://dashboard.stripe.com/test/logs/req_stub"}}
                        """.formatted(type, message)).withHeader("Request-Id", "req_stub")));
    }

    /** The requests Stripe received, oldest first. */
    public List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(event.getRequest());
        }
        // WireMock lists the newest first.
        Collections.reverse(requests);
        return requests;
    }

    /** "POST /v1/customers", ... for each request received, oldest first. */
    public List<String> requestLines() {
        return requests().stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    private void stubStripe() {
        stub(post(urlPathEqualTo("/v1/checkout/sessions")), """
                {
                  "id": "%s",
                  "object": "checkout.session",
                  "amount_subtotal": null,
                  "amount_total": null,
                  "cancel_url": null,
                  "client_reference_id": null,
                  "created": %d,
                  "currency": null,
                  "customer": null,
                  "customer_email": null,
                  "expires_at": %d,
                  "livemode": false,
                  "metadata": {},
                  "mode": "payment",
                  "payment_intent": null,
                  "payment_status": "unpaid",
                  "status": "open",
                  "success_url": null,
                  "url": "%s"
                }
                """.formatted(CHECKOUT_SESSION_ID, CREATED, CREATED + 86_400, CHECKOUT_URL));
        stub(post(urlPathEqualTo("/v1/customers")), """
                {
                  "id": "%s",
                  "object": "customer",
                  "created": %d,
                  "email": null,
                  "livemode": false,
                  "metadata": {},
                  "name": null
                }
                """.formatted(CUSTOMER_ID, CREATED));
        stub(post(urlPathEqualTo("/v1/invoiceitems")), """
                {
                  "id": "%s",
                  "object": "invoiceitem",
                  "amount": 0,
                  "currency": "usd",
                  "customer": "%s",
                  "date": %d,
                  "description": null,
                  "invoice": "%s",
                  "livemode": false,
                  "metadata": {}
                }
                """.formatted(INVOICE_ITEM_ID, CUSTOMER_ID, CREATED, INVOICE_ID));
        stub(post(urlPathEqualTo("/v1/invoices")), invoice("draft", null));
        stub(post(urlPathMatching("/v1/invoices/[^/]+/finalize")), invoice("open", HOSTED_INVOICE_URL));
        stub(post(urlPathMatching("/v1/invoices/[^/]+/send")), invoice("open", HOSTED_INVOICE_URL));
    }

    private static String invoice(String status, String hostedUrl) {
        return """
                {
                  "id": "%s",
                  "object": "invoice",
                  "auto_advance": false,
                  "collection_method": "send_invoice",
                  "created": %d,
                  "currency": "usd",
                  "custom_fields": null,
                  "customer": "%s",
                  "days_until_due": 30,
                  "hosted_invoice_url": %s,
                  "invoice_pdf": %s,
                  "livemode": false,
                  "metadata": {},
                  "number": %s,
                  "status": "%s"
                }
                """.formatted(INVOICE_ID, CREATED, CUSTOMER_ID,
                hostedUrl == null ? "null" : "\"" + hostedUrl + "\"",
                hostedUrl == null ? "null" : "\"" + hostedUrl + "/pdf\"",
                hostedUrl == null ? "null" : "\"STUB-0001\"",
                status);
    }

    private void stub(MappingBuilder request, String body) {
        server.stubFor(request.atPriority(DEFAULT_PRIORITY).willReturn(json(200, body)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
