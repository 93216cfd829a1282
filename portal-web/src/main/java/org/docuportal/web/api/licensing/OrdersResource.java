package org.docuportal.web.api.licensing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.OrderService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.licensing.LicensingDtos.OrderDto;
import org.docuportal.web.api.licensing.LicensingDtos.OrderRequestDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Orders of open quotes by the caller's institution. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class OrdersResource {

    @Inject
    private OrderService orders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "Order an open quote with a payment method; redirectUrl, when set, is where to pay")
    @APIResponse(responseCode = "201", description = "Ordered", content = @Content(schema = @Schema(implementation = OrderDto.class)))
    @APIResponse(responseCode = "409", description = "The quote is not open for ordering")
    @APIResponse(responseCode = "502", description = "The payment provider could not take the order")
    public Response order(OrderRequestDto body) {
        if (body == null || body.quoteId() == null) {
            throw InvalidInputException.of("quoteId", "Choose the quote to order (quoteId).");
        }
        return Response.status(Response.Status.CREATED)
                .entity(OrderDto.of(orders.placeOrder(body.quoteId(), body.paymentMethod(), body.purchaseOrderNumber())))
                .build();
    }
}
