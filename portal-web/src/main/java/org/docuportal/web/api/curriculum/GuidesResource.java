package org.docuportal.web.api.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.curriculum.application.StudyGuideService;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A study guide's PDF, stamped for the caller and their institution's license on every page. */
@Path("guides")
@Tag(name = "Study guides")
public class GuidesResource {

    @Inject
    private StudyGuideService guides;

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The guide as a PDF stamped with the institution, the caller, the date and the license; the download is recorded")
    @APIResponse(responseCode = "200", description = "The stamped PDF, as an attachment named <id>.pdf")
    @APIResponse(responseCode = "403", description = "The caller's institution holds no license that opens the guide")
    @APIResponse(responseCode = "404", description = "No guide has that id")
    public Response pdf(@PathParam("id") String id) {
        return Downloads.attachment(guides.download(id));
    }
}
