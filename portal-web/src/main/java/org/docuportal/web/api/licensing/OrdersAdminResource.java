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

/** Orders waiting for a purchase-order payment, and the record that issues their licenses. PLATFORM_ADMIN. */
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
}
