package org.docuportal.web.api.curriculum;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.curriculum.application.StudyGuideService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The study-guide downloads of the caller's institution, for its administrator. */
@Path("institution/guide-downloads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Study guides")
public class GuideDownloadsResource {

    @Inject
    private StudyGuideService guides;

    @GET
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "The latest 200 guide downloads by members of the caller's institution, newest first")
    public List<GuideDownloadDto> downloads() {
        return guides.downloadsOfMyInstitution().stream().map(GuideDownloadDto::of).toList();
    }
}
