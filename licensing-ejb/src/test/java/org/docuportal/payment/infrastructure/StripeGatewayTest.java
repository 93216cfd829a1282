package org.docuportal.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.docuportal.payment.domain.CheckoutRequest;
import org.docuportal.payment.domain.CheckoutStarted;
import org.docuportal.payment.domain.InvoiceRequest;
import org.docuportal.payment.domain.InvoiceSent;
import org.docuportal.payment.domain.PaymentProviderException;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeGatewayTest {

    private static final StripeStub STRIPE = new StripeStub();

    private StripeGateway gateway;

    @BeforeAll
    static void startStripe() {
        STRIPE.start();
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.stop();
    }

    @BeforeEach
    void freshStub() {
        STRIPE.reset();
        gateway = new StripeGateway(STRIPE.settings(null));
    }

    @Test
    void checkoutAsksStripeForOneLineAtTheOrdersPriceTaggedWithTheOrder() {
        CheckoutStarted started = gateway.startCheckout(checkout("ORD-2026-0001", Money.of("199.00", "USD")));

        assertThat(started).isEqualTo(new CheckoutStarted(StripeStub.CHECKOUT_SESSION_ID, StripeStub.CHECKOUT_URL));
        assertThat(STRIPE.requestLines()).containsExactly("POST /v1/checkout/sessions");
        LoggedRequest request = STRIPE.requests().get(0);
        assertThat(request.getBodyAsString())
                .contains("line_items[0][price_data][unit_amount]=19900")
                .contains("line_items[0][price_data][currency]=usd");
        assertThat(form(request)).containsAllEntriesOf(Map.of(
                "mode", "payment",
                "line_items[0][quantity]", "1",
                "line_items[0][price_data][product_data][name]", "Rivers of Memory - classroom streaming, 1 year",
                "customer_email", "buyer@school.example",
                "success_url", "https://portal.example/orders/ORD-2026-0001/paid",
                "cancel_url", "https://portal.example/orders/ORD-2026-0001",
                "client_reference_id", "ORD-2026-0001",
                "metadata[order_reference]", "ORD-2026-0001",
                "payment_intent_data[metadata][order_reference]", "ORD-2026-0001"));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("order-ORD-2026-0001-checkout");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + StripeStub.SECRET_KEY);
    }

    @Test
    void zeroDecimalCurrenciesAreSentInWholeUnits() {
        gateway.startCheckout(checkout("ORD-KR-1", Money.of("150000", "KRW")));

        assertThat(form(STRIPE.requests().get(0))).containsEntry("line_items[0][price_data][unit_amount]", "150000")
                .containsEntry("line_items[0][price_data][currency]", "krw");
    }

    @Test
    void aRetriedCheckoutForTheSameOrderCarriesTheSameIdempotencyKey() {
        gateway.startCheckout(checkout("ORD-7", Money.of("49.50", "EUR")));
        gateway.startCheckout(checkout("ORD-7", Money.of("49.50", "EUR")));
        gateway.startCheckout(checkout("ORD-8", Money.of("49.50", "EUR")));

        assertThat(STRIPE.requests()).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly("order-ORD-7-checkout", "order-ORD-7-checkout", "order-ORD-8-checkout");
    }

    @Test
    void stripeJavasOwnRetriesOfAServerErrorKeepTheIdempotencyKey() {
        STRIPE.failWith("/v1/checkout/sessions", 500, "api_error", "Something went wrong on Stripe's end.");
        StripeGateway retrying = new StripeGateway(new StripeSettings(StripeStub.SECRET_KEY, null, STRIPE.baseUrl(), 300, 1));

        assertThatThrownBy(() -> retrying.startCheckout(checkout("ORD-9", Money.of("10", "USD"))))
                .isInstanceOf(PaymentProviderException.class);
        assertThat(STRIPE.requests()).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly("order-ORD-9-checkout", "order-ORD-9-checkout");
    }

    @Test
    void anInvoiceIsCreatedWithItsLineThenFinalisedAndSent() {
        InvoiceSent sent = gateway.sendInvoice(invoice("ORD-2026-0042", "PO-4711"));

        assertThat(sent).isEqualTo(new InvoiceSent(StripeStub.INVOICE_ID, StripeStub.HOSTED_INVOICE_URL));
        assertThat(STRIPE.requestLines()).containsExactly(
                "POST /v1/customers",
                "POST /v1/invoices",
                "POST /v1/invoiceitems",
                "POST /v1/invoices/" + StripeStub.INVOICE_ID + "/finalize",
                "POST /v1/invoices/" + StripeStub.INVOICE_ID + "/send");
        List<LoggedRequest> requests = STRIPE.requests();
        assertThat(form(requests.get(0))).containsAllEntriesOf(Map.of(
                "email", "accounts@school.example",
                "name", "Lakeside High School",
                "metadata[order_reference]", "ORD-2026-0042"));
        assertThat(form(requests.get(1))).containsAllEntriesOf(Map.of(
                "customer", StripeStub.CUSTOMER_ID,
                "collection_method", "send_invoice",
                "days_until_due", "30",
                "currency", "gbp",
                "auto_advance", "false",
                "custom_fields[0][name]", "PO number",
                "custom_fields[0][value]", "PO-4711",
                "metadata[order_reference]", "ORD-2026-0042",
                "metadata[purchase_order_number]", "PO-4711"));
        assertThat(form(requests.get(2))).containsAllEntriesOf(Map.of(
                "customer", StripeStub.CUSTOMER_ID,
                "invoice", StripeStub.INVOICE_ID,
                "amount", "129000",
                "currency", "gbp",
                "description", "Rivers of Memory - public screening"));
        assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).containsExactly(
                "order-ORD-2026-0042-customer",
                "order-ORD-2026-0042-invoice",
                "order-ORD-2026-0042-invoice-item",
                "order-ORD-2026-0042-invoice-finalize",
                "order-ORD-2026-0042-invoice-send");
    }

    @Test
    void anInvoiceWithoutPurchaseOrderHasNoPoField() {
        gateway.sendInvoice(invoice("ORD-2026-0043", null));

        assertThat(form(STRIPE.requests().get(1))).doesNotContainKeys("custom_fields[0][name]",
                "metadata[purchase_order_number]");
    }

    @Test
    void aDeclinedCardIsNotWorthRetrying() {
        STRIPE.failWith("/v1/checkout/sessions", 402, "card_error", "Your card was declined.");

        assertThatThrownBy(() -> gateway.startCheckout(checkout("ORD-10", Money.of("10", "USD"))))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("ORD-10", "Your card was declined.", "req_stub");
                });
    }

    @Test
    void aRefusedInvoiceStepIsNotWorthRetryingAndNamesTheStep() {
        STRIPE.failWith("/v1/invoices/[^/]+/finalize", 400, "invalid_request_error", "This invoice has no line items.");

        assertThatThrownBy(() -> gateway.sendInvoice(invoice("ORD-11", "PO-1")))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("finalize the invoice", "ORD-11");
                });
        assertThat(STRIPE.requestLines()).doesNotContain("POST /v1/invoices/" + StripeStub.INVOICE_ID + "/send");
    }

    @Test
    void aServerErrorAtStripeMayPassLater() {
        STRIPE.failWith("/v1/invoices/[^/]+/send", 500, "api_error", "Something went wrong on Stripe's end.");

        assertThatThrownBy(() -> gateway.sendInvoice(invoice("ORD-12", null)))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void aRateLimitMayPassLater() {
        STRIPE.failWith("/v1/checkout/sessions", 429, "invalid_request_error", "Too many requests.");

        assertThatThrownBy(() -> gateway.startCheckout(checkout("ORD-13", Money.of("10", "USD"))))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void anUnreachableStripeMayBeReachableLater() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StripeGateway cutOff = new StripeGateway(
                new StripeSettings(StripeStub.SECRET_KEY, null, "http://127.0.0.1:" + closedPort, 300, 0));

        assertThatThrownBy(() -> cutOff.startCheckout(checkout("ORD-14", Money.of("10", "USD"))))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void withoutASecretKeyStripeIsOff() {
        StripeGateway off = new StripeGateway(new StripeSettings(" ", null, null, 300, 0));

        assertThat(off.isConfigured()).isFalse();
        assertThat(gateway.isConfigured()).isTrue();
        assertThatThrownBy(() -> off.startCheckout(checkout("ORD-15", Money.of("10", "USD"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.stripe.secret-key");
        assertThat(STRIPE.requests()).isEmpty();
    }

    private static CheckoutRequest checkout(String orderReference, Money amount) {
        return new CheckoutRequest(orderReference, "Rivers of Memory - classroom streaming, 1 year", amount,
                "buyer@school.example", "https://portal.example/orders/" + orderReference + "/paid",
                "https://portal.example/orders/" + orderReference);
    }

    private static InvoiceRequest invoice(String orderReference, String purchaseOrderNumber) {
        return new InvoiceRequest(orderReference, "Rivers of Memory - public screening", Money.of("1290", "GBP"),
                "accounts@school.example", "Lakeside High School", purchaseOrderNumber, 30);
    }

    /** The request's form fields, decoded. */
    private static Map<String, String> form(LoggedRequest request) {
        return request.formParameters().values().stream()
                .collect(Collectors.toMap(FormParameter::key, FormParameter::firstValue));
    }
}
