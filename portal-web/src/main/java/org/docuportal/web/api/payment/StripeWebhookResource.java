package org.docuportal.web.api.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.payment.application.PaymentEventService;
import org.docuportal.payment.domain.PaymentEvent;
import org.docuportal.payment.infrastructure.StripeWebhooks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stripe's webhook. Open to the internet, so it trusts nothing but the signature: an event
 * with a bad or stale signature gets 400 and changes nothing. A verified event is applied at
 * most once; if applying it fails, the 500 makes Stripe deliver it again later.
 */
@Path("stripe/webhook")
@PermitAll
@Tag(name = "Payment")
public class StripeWebhookResource {

    @Inject
    private StripeWebhooks webhooks;

    @Inject
    private PaymentEventService events;

    /** The answer Stripe reads: whether the event was new. */
    public record ReceiptDto(String event, boolean applied) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe events (checkout.session.completed, invoice.paid, charge.refunded), signature-checked")
    public Response receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        PaymentEvent event = webhooks.verify(payload, signature);
        boolean applied = events.handle(event);
        return Response.ok(new ReceiptDto(event.eventId(), applied)).build();
    }
}
