package org.docuportal.web.api.licensing;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.LicenseService;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.web.api.licensing.LicensingDtos.LicenseDto;
import org.docuportal.web.api.licensing.LicensingDtos.QuoteDto;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The licenses of the caller's institution, never another's. */
@Path("licenses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class LicensesResource {

    @Inject
    private LicenseService licenses;

    @Inject
    private QuoteService quotes;

    @GET
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The licenses of the caller's institution")
    public List<LicenseDto> licenses() {
        return licenses.licenses().stream().map(LicenseDto::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "A license of the caller's institution")
    public LicenseDto license(@PathParam("id") long id) {
        return LicenseDto.of(licenses.license(id));
    }

    @POST
    @Path("{id}/renewal")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(operationId = "licensesRenewal", summary = "Ask for a quote renewing the license: the same offer, from the day after its end",
            description = "An ordinary quote (horizon, eligibility, today's price and the institution's approval rule apply);"
                    + " it starts today instead when the license has already ended.")
    @APIResponse(responseCode = "201", description = "The quote", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "409", description = "Revoked, a public screening, not eligible any more, or no price")
    @APIResponse(responseCode = "410", description = "The license's offer has been withdrawn")
    public Response renew(@PathParam("id") long id) {
        QuoteView quote = quotes.renew(id);
        return Response.created(URI.create("quotes/" + quote.id())).entity(QuoteDto.of(quote)).build();
    }

    @GET
    @Path("{id}/certificate")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The license certificate as a PDF document")
    public Response certificate(@PathParam("id") long id) {
        return Downloads.attachment(licenses.certificate(id), "application/pdf", "license-" + id + ".pdf");
    }
}
