package org.docuportal.web.api.impact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.impact.application.ImpactReportService;
import org.docuportal.web.api.impact.ImpactDtos.ImpactReportDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The impact report of a film: perception change with 95% confidence intervals, small groups hidden, and the policy count. */
@Path("reports/impact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact")
public class ImpactReportResource {

    @Inject
    private ImpactReportService reports;

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "Indicators of the film's closed screenings: every institution's for platform administrators,"
            + " the caller's own for an institution's administrator")
    @APIResponse(responseCode = "400", description = "title is missing or names no film")
    public ImpactReportDto report(@QueryParam("title") String title) {
        return ImpactReportDto.of(reports.report(title));
    }
}
