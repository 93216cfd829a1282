package org.docuportal.web.api.licensing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.LicenseService;
import org.docuportal.web.api.licensing.LicensingDtos.LicenseDto;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The licenses of the caller's institution, never another's. */
@Path("licenses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class LicensesResource {

    @Inject
    private LicenseService licenses;

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

    @GET
    @Path("{id}/certificate")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The license certificate as a PDF document")
    public Response certificate(@PathParam("id") long id) {
        return Downloads.attachment(licenses.certificate(id), "application/pdf", "license-" + id + ".pdf");
    }
}
