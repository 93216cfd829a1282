package org.docuportal.web.api.media;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.media.application.MediaStudioService;
import org.docuportal.media.domain.Chapters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A title's chapters, which the player shows beside the video (served as {@code <slug>/chapters.vtt}). */
@Path("admin/titles/{slug}/chapters")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Media studio")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class ChaptersResource {

    @Inject
    private MediaStudioService studio;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The title's chapters in order")
    public List<ChapterDto> chapters(@PathParam("slug") String slug) {
        return studio.chapters(slug).stream().map(c -> new ChapterDto(c.start(), c.name())).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the chapters: [{\"start\": \"00:12:30\", \"name\": \"...\"}]",
            description = "Starts strictly increasing and before the end of the film (the packaged video's length, else the"
                    + " title's runtime); names required, at most 200 characters.")
    @APIResponse(responseCode = "400", description = "errors[] names each bad row, e.g. chapters[2].start")
    public List<ChapterDto> replace(@PathParam("slug") String slug,
                                   @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                                           implementation = ChapterDto.class, maxItems = 150))) List<ChapterDto> chapters) {
        List<Chapters.Draft> drafts = chapters == null ? List.of()
                : chapters.stream().map(c -> c == null ? new Chapters.Draft(null, null) : new Chapters.Draft(c.start(), c.name())).toList();
        return studio.putChapters(slug, drafts).stream().map(c -> new ChapterDto(c.start(), c.name())).toList();
    }
}
