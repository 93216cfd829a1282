package org.docuportal.web.api.licensing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.NewOffer;
import org.docuportal.licensing.application.OfferAdministration;
import org.docuportal.web.api.licensing.LicensingDtos.AdminOfferDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Offers and prices on titles, for platform administrators. {@code DELETE} withdraws an offer
 * rather than erasing it: quotes, orders and licenses made under it keep showing it.
 */
@Path("admin/offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class OffersAdminResource {

    @Inject
    private OfferAdministration offers;

    @GET
    @Path("{slug}")
    @Operation(summary = "A title's offers, sold and withdrawn, with their price tables")
    public List<AdminOfferDto> list(@PathParam("slug") String slug) {
        return offers.offersOf(slug).offers().stream().map(AdminOfferDto::of).toList();
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an offer on a title: kind, term and caps, currency and prices by institution type and size band")
    @APIResponse(responseCode = "201", description = "Offered", content = @Content(schema = @Schema(implementation = AdminOfferDto.class)))
    public Response create(@PathParam("slug") String slug, NewOffer body) {
        return Response.status(Response.Status.CREATED).entity(AdminOfferDto.of(offers.create(slug, body))).build();
    }

    @DELETE
    @Path("{slug}/{id}")
    @Operation(summary = "Withdraw one of the title's offers: no longer sold; quotes, orders and licenses made under it "
            + "stay valid and keep showing it. 404 when the offer is not one of this title's")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("slug") String slug, @PathParam("id") long id) {
        offers.withdraw(slug, id);
        return Response.noContent().build();
    }
}
