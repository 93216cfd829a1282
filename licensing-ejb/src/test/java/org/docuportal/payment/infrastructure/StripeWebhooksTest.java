package org.docuportal.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.docuportal.payment.domain.InvalidWebhookException;
import org.docuportal.payment.domain.PaymentEvent;
import org.docuportal.payment.domain.PaymentEvent.Type;
import org.junit.jupiter.api.Test;

class StripeWebhooksTest {

    private static final String SECRET = "whsec_test_portal";
    private static final Instant NOW = Instant.parse("2026-11-02T09:30:00Z");
    private static final Instant CREATED = NOW.minusSeconds(2);

    private final StripeWebhooks webhooks = webhooks(SECRET);

    @Test
    void aPaidCheckoutNamesItsOrder() {
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.checkoutSessionCompleted("evt_1", "ORD-2026-0001", "paid", CREATED), SECRET, NOW);

        assertThat(verify(event)).isEqualTo(new PaymentEvent("evt_1", Type.CHECKOUT_COMPLETED, CREATED,
                "ORD-2026-0001", StripeStub.CHECKOUT_SESSION_ID));
    }

    @Test
    void aCheckoutWithoutMetadataIsTracedByItsClientReference() {
        String session = """
                {"id": "cs_test_2", "object": "checkout.session", "client_reference_id": "ORD-2026-0002",
                 "metadata": {}, "payment_status": "paid", "status": "complete"}""";
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.event("evt_2", "checkout.session.completed", StripeEvents.CURRENT_API_VERSION, CREATED, session),
                SECRET, NOW);

        assertThat(verify(event).orderReference()).isEqualTo("ORD-2026-0002");
    }

    @Test
    void aCheckoutCompletedButNotYetPaidIsNoPayment() {
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.checkoutSessionCompleted("evt_3", "ORD-2026-0003", "unpaid", CREATED), SECRET, NOW);

        PaymentEvent verified = verify(event);
        assertThat(verified.type()).isEqualTo(Type.OTHER);
        assertThat(verified.orderReference()).isNull();
    }

    @Test
    void aPaidInvoiceNamesItsOrderWhateverTheEndpointsApiVersion() {
        for (String apiVersion : new String[] {StripeEvents.CURRENT_API_VERSION, StripeEvents.OLDER_API_VERSION}) {
            SignedEvent event = StripeEvents.signedEvent(
                    StripeEvents.invoicePaid("evt_4", "ORD-2026-0042", apiVersion, CREATED), SECRET, NOW);

            assertThat(verify(event)).as(apiVersion).isEqualTo(new PaymentEvent("evt_4", Type.INVOICE_PAID, CREATED,
                    "ORD-2026-0042", StripeStub.INVOICE_ID));
        }
    }

    @Test
    void aRefundedCardChargeNamesItsOrder() {
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.chargeRefunded("evt_5", "ch_3Card", "ORD-2026-0001", CREATED), SECRET, NOW);

        assertThat(verify(event)).isEqualTo(
                new PaymentEvent("evt_5", Type.CHARGE_REFUNDED, CREATED, "ORD-2026-0001", "ch_3Card"));
    }

    @Test
    void aRefundedChargeWithoutTheOrdersMetadataStillReportsTheCharge() {
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.chargeRefunded("evt_6", "ch_3Invoice", null, CREATED), SECRET, NOW);

        assertThat(verify(event)).isEqualTo(new PaymentEvent("evt_6", Type.CHARGE_REFUNDED, CREATED, null, "ch_3Invoice"));
    }

    @Test
    void anyOtherEventIsAcknowledgedAsOther() {
        String customer = """
                {"id": "cus_1", "object": "customer", "metadata": {"order_reference": "ORD-2026-0001"}}""";
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.event("evt_7", "customer.created", StripeEvents.CURRENT_API_VERSION, CREATED, customer),
                SECRET, NOW);

        assertThat(verify(event)).isEqualTo(new PaymentEvent("evt_7", Type.OTHER, CREATED, null, "cus_1"));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        SignedEvent genuine = StripeEvents.signedEvent(
                StripeEvents.checkoutSessionCompleted("evt_8", "ORD-2026-0001", "paid", CREATED), SECRET, NOW);
        SignedEvent tampered = genuine.withPayload(genuine.payload().replace("ORD-2026-0001", "ORD-2026-0666"));

        assertThat(verify(genuine).orderReference()).isEqualTo("ORD-2026-0001");
        assertRefused(tampered, "signature");
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        assertRefused(StripeEvents.signedEvent(
                StripeEvents.invoicePaid("evt_9", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED),
                "whsec_someone_else", NOW), "signature");
    }

    @Test
    void aRequestWithoutSignatureIsRefused() {
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.invoicePaid("evt_10", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED), SECRET, NOW);

        assertRefused(event.withHeader(null), "Stripe-Signature");
        assertRefused(event.withHeader(""), "Stripe-Signature");
    }

    @Test
    void anEventSignedLongerAgoThanTheToleranceIsRefusedAsAPossibleReplay() {
        String payload = StripeEvents.invoicePaid("evt_11", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED);

        assertThat(verify(StripeEvents.signedEvent(payload, SECRET, NOW.minusSeconds(299))).type())
                .isEqualTo(Type.INVOICE_PAID);
        assertRefused(StripeEvents.signedEvent(payload, SECRET, NOW.minusSeconds(301)), "tolerance");
    }

    @Test
    void aSignatureFromAnyOfTheSecretsStripeSignsWithDuringARollIsAccepted() {
        String payload = StripeEvents.invoicePaid("evt_12", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED);
        String ours = StripeEvents.signedEvent(payload, SECRET, NOW).signatureHeader();
        String theirs = StripeEvents.signedEvent(payload, "whsec_previous", NOW).signatureHeader();
        String both = theirs + "," + ours.substring(ours.indexOf("v1="));

        assertThat(verify(new SignedEvent(payload, both)).type()).isEqualTo(Type.INVOICE_PAID);
    }

    @Test
    void malformedHeadersAndPayloadsAreRefusedNotCrashedOn() {
        String payload = StripeEvents.invoicePaid("evt_13", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED);

        assertRefused(new SignedEvent(payload, "t=yesterday,v1=abc"), "unreadable");
        assertRefused(new SignedEvent(payload, "t,v1"), "unreadable");
        assertRefused(new SignedEvent(payload, "v1=abc"), "signature");
        assertRefused(StripeEvents.signedEvent("not json", SECRET, NOW), "unreadable");
        assertRefused(StripeEvents.signedEvent("null", SECRET, NOW), "unreadable");
        assertRefused(StripeEvents.signedEvent("{\"object\": \"event\"}", SECRET, NOW), "not a Stripe event");
    }

    @Test
    void withoutAWebhookSecretNothingIsAccepted() {
        StripeWebhooks unconfigured = webhooks(null);
        SignedEvent event = StripeEvents.signedEvent(
                StripeEvents.invoicePaid("evt_14", "ORD-1", StripeEvents.CURRENT_API_VERSION, CREATED), SECRET, NOW);

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThatThrownBy(() -> unconfigured.verify(event.payload(), event.signatureHeader()))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("portal.stripe.webhook-secret");
    }

    private PaymentEvent verify(SignedEvent event) {
        return webhooks.verify(event.payload(), event.signatureHeader());
    }

    private void assertRefused(SignedEvent event, String reason) {
        assertThatThrownBy(() -> verify(event)).isInstanceOf(InvalidWebhookException.class).hasMessageContaining(reason);
    }

    private static StripeWebhooks webhooks(String secret) {
        return new StripeWebhooks(new StripeSettings(StripeStub.SECRET_KEY, secret, null, 300, 0),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
