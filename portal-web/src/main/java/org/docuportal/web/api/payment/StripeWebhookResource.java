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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    @Schema(name = "StripeReceipt")
    public record ReceiptDto(String event, boolean applied) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe events (checkout.session.completed, invoice.paid, charge.refunded), signature-checked")
    @APIResponse(responseCode = "200", description = "Verified; applied says whether the event was new",
            content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "The signature does not check out, or the body is not an event; nothing applied")
    public Response receive(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(type = SchemaType.OBJECT, description = "A Stripe event"))) String payload,
                            @Parameter(required = true, description = "t=<unix time>,v1=<HMAC-SHA256 of \"t.payload\">")
                            @HeaderParam("Stripe-Signature") String signature) {
        PaymentEvent event = webhooks.verify(payload, signature);
        boolean applied = events.handle(event);
        return Response.ok(new ReceiptDto(event.eventId(), applied)).build();
    }
}
