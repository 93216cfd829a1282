package org.docuportal.web.api.curriculum;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.curriculum.application.FormatView;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.curriculum.application.GuideSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guide studio's list of every guide, and the formats guides may be written in. */
@Path("admin/guides")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
@Tag(name = "Guide studio")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class GuideOverviewResource {

    @Inject
    private GuideStudio studio;

    @GET
    @Operation(summary = "Every guide of every film: audience, language, format, latest version, open draft, reader key")
    public List<GuideSummary> overview() {
        return studio.overview();
    }

    @GET
    @Path("formats")
    @Operation(summary = "The formats guides may be written in, the default first; mediaType is the Content-Type a draft is sent with")
    public List<FormatView> formats() {
        return studio.formats();
    }
}
