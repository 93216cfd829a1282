package org.docuportal.web.api.licensing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.NewOffer;
import org.docuportal.licensing.application.OfferAdministration;
import org.docuportal.web.api.licensing.LicensingDtos.OfferDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offers and prices on titles, for platform administrators. */
@Path("admin/offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class OffersAdminResource {

    @Inject
    private OfferAdministration offers;

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an offer on a title: kind, term and caps, currency and prices by institution type and size band")
    public Response create(@PathParam("slug") String slug, NewOffer body) {
        return Response.status(Response.Status.CREATED).entity(OfferDto.of(offers.create(slug, body))).build();
    }

    @DELETE
    @Path("{slug}/{id}")
    @Operation(summary = "Withdraw an offer; quotes already made stay valid")
    public Response withdraw(@PathParam("slug") String slug, @PathParam("id") long id) {
        offers.withdraw(id);
        return Response.noContent().build();
    }
}
