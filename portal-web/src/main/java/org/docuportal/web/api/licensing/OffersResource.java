package org.docuportal.web.api.licensing;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.licensing.application.OfferService;
import org.docuportal.web.api.licensing.LicensingDtos.OfferDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** A title's offers; anyone may read them, members see their institution's price. */
@Path("titles/{slug}/offers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class OffersResource {

    @Inject
    private OfferService offers;

    @GET
    @Operation(summary = "A title's offers; yourPrice is set for members of an institution")
    @Extension(name = "x-sign-in", value = "optional")
    public List<OfferDto> offers(@PathParam("slug") String slug) {
        return offers.offersFor(slug).stream().map(OfferDto::of).toList();
    }
}
