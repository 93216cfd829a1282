package org.docuportal.web.api.licensing;

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
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.OrderService;
import org.docuportal.web.api.licensing.LicensingDtos.LicenseDto;
import org.docuportal.web.api.licensing.LicensingDtos.OrderDto;
import org.docuportal.web.api.licensing.LicensingDtos.PaymentRecordDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Orders waiting for a payment: recording a purchase order's payment, which issues the license, and
 * trying a given-up payment-provider request again. PLATFORM_ADMIN.
 */
@Path("admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class OrdersAdminResource {

    @Inject
    private OrderService orders;

    @GET
    @Operation(summary = "Orders awaiting payment")
    public List<OrderDto> awaitingPayment() {
        return orders.awaitingPayment().stream().map(OrderDto::of).toList();
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the payment of a purchase-order order; issues its license")
    @APIResponse(responseCode = "201", description = "Paid; the license issued", content = @Content(schema = @Schema(implementation = LicenseDto.class)))
    @APIResponse(responseCode = "409", description = "The order is not awaiting a payment")
    public Response recordPayment(@PathParam("id") long id, @RequestBody(required = false) PaymentRecordDto body) {
        return Response.status(Response.Status.CREATED)
                .entity(LicenseDto.of(orders.recordPayment(id, body == null ? null : body.note()))).build();
    }

    @POST
    @Path("{id}/payment-request/retry")
    @Operation(summary = "Try a given-up payment-provider request (an invoice or payment page) once more, now",
               description = "The attempt is claimed like the automatic ones, so no two servers make it; it reuses the"
                       + " order's idempotency keys, so a request that did reach the provider is not sent twice.")
    @APIResponse(responseCode = "200", description = "The order: its request SENT, or PENDING/FAILED with the provider's error",
                 content = @Content(schema = @Schema(implementation = OrderDto.class)))
    @APIResponse(responseCode = "404", description = "No such order (application/problem+json)")
    @APIResponse(responseCode = "409", description = "Its request is not given up: none, pending (retried by itself) or sent (application/problem+json)")
    public OrderDto retryPaymentRequest(@PathParam("id") long id) {
        return OrderDto.of(orders.retryPaymentRequest(id));
    }
}
