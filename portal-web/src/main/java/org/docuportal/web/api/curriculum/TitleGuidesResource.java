package org.docuportal.web.api.curriculum;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.curriculum.application.StudyGuideService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** A title's study guides: anyone sees their summaries and contents, and whether they may download them. */
@Path("titles/{slug}/guides")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Study guides")
public class TitleGuidesResource {

    @Inject
    private StudyGuideService guides;

    @GET
    @Operation(summary = "The title's study guides, one per audience, with summary, contents and chapters")
    @Extension(name = "x-sign-in", value = "optional")
    @APIResponse(responseCode = "200", description = "The guides; downloadable says whether the caller may download them")
    @APIResponse(responseCode = "404", description = "No title has that slug")
    public TitleGuidesDto guides(@PathParam("slug") String slug) {
        return TitleGuidesDto.of(guides.guidesOf(slug));
    }
}
