package org.docuportal.web.api.curriculum;

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
import org.docuportal.curriculum.application.GuideAttachmentView;
import org.docuportal.curriculum.application.StudyGuideService;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A study guide's PDF, stamped for the caller and their institution's license on every page, and its attachments. */
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

    @GET
    @Path("{id}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The guide's worksheets and images; empty unless the caller's institution holds a license that opens the guide")
    @APIResponse(responseCode = "404", description = "No guide has that id")
    public List<GuideAttachmentView> attachments(@PathParam("id") String id) {
        return guides.attachmentsOf(id);
    }

    @GET
    @Path("{id}/attachments/{name}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "One of the guide's attachments")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "403", description = "The caller's institution holds no license that opens the guide")
    @APIResponse(responseCode = "404", description = "No such guide or attachment")
    public Response attachment(@PathParam("id") String id, @PathParam("name") String name) {
        return Downloads.attachment(guides.attachment(id, name));
    }
}
