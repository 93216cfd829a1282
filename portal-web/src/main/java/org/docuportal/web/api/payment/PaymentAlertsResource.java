package org.docuportal.web.api.payment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.payment.application.PaymentAlertService;
import org.docuportal.payment.application.PaymentAlertView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Payments the portal could not match to an order, and their resolution. PLATFORM_ADMIN. */
@Path("admin/payment-alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class PaymentAlertsResource {

    /** One alert. */
    public record PaymentAlertDto(long id, String eventId, String eventType, String orderReference, String providerObject,
                                  String detail, String raisedAt, String resolvedAt, String resolvedBy, String resolutionNote) {

        static PaymentAlertDto of(PaymentAlertView a) {
            return new PaymentAlertDto(a.id(), a.eventId(), a.eventType(), a.orderReference(), a.providerObject(), a.detail(),
                    a.raisedAt().toString(), a.resolvedAt() == null ? null : a.resolvedAt().toString(), a.resolvedBy(),
                    a.resolutionNote());
        }
    }

    /** What was done about the payment. */
    public record ResolutionDto(@Schema(required = true, description = "What was done about the payment", maxLength = 500) String note) {
    }

    @Inject
    private PaymentAlertService alerts;

    @GET
    @Operation(summary = "Open payment alerts: payments or refunds reported for no known order, oldest first")
    public List<PaymentAlertDto> open() {
        return alerts.open().stream().map(PaymentAlertDto::of).toList();
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an alert with a note (required, up to 500 characters); 409 when resolved already")
    public PaymentAlertDto resolve(@PathParam("id") long id, ResolutionDto body) {
        return PaymentAlertDto.of(alerts.resolve(id, body == null ? null : body.note()));
    }
}
