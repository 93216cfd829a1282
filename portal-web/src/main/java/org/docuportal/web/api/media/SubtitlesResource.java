package org.docuportal.web.api.media;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.media.application.MediaStudioService;
import org.docuportal.media.application.TrackView;
import org.docuportal.media.domain.SubtitleProblem;
import org.docuportal.media.domain.SubtitleRejectedException;
import org.docuportal.media.domain.WebVtt;
import org.docuportal.web.api.Utf8Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A title's text tracks, one per language and kind (subtitles, captions, descriptions). */
@Path("admin/titles/{slug}/subtitles")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Media studio")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class SubtitlesResource {

    static final String SRT = "application/x-subrip";

    @Inject
    private MediaStudioService studio;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The title's text tracks")
    public List<TrackView> list(@PathParam("slug") String slug) {
        return studio.subtitles(slug);
    }

    @PUT
    @Path("{language}")
    @Consumes({"text/vtt", SRT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace a text track: WebVTT (text/vtt) or SRT (application/x-subrip, converted to WebVTT), UTF-8",
            description = "kind is subtitles (default), captions or descriptions. The track goes into the set's master playlist at once.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Not valid: errors[] names each line; or a bad language tag or kind")
    public TrackView put(@PathParam("slug") String slug, @Parameter(description = "BCP 47 tag", schema = @Schema(maxLength = 35)) @PathParam("language") String language,
                         @Parameter(schema = @Schema(enumeration = {"subtitles", "captions", "descriptions"}, defaultValue = "subtitles"))
                         @QueryParam("kind") String kind,
                         @HeaderParam("Content-Type") String contentType, byte[] body) {
        boolean srt = contentType != null && contentType.toLowerCase().startsWith(SRT);
        return studio.putSubtitles(slug, language, kind, utf8(body), srt);
    }

    @DELETE
    @Path("{language}")
    @Operation(summary = "Remove a text track")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such track")
    public Response delete(@PathParam("slug") String slug, @PathParam("language") String language,
                           @Parameter(schema = @Schema(enumeration = {"subtitles", "captions", "descriptions"}, defaultValue = "subtitles"))
                           @QueryParam("kind") String kind) {
        studio.deleteSubtitles(slug, language, kind);
        return Response.noContent().build();
    }

    private static String utf8(byte[] body) {
        if (body.length > WebVtt.MAX_CHARS * 4L) {
            throw new SubtitleRejectedException("The file is too large.",
                    List.of(new SubtitleProblem(1, "a subtitle file has at most " + WebVtt.MAX_CHARS + " characters")));
        }
        return Utf8Bodies.decode(body).orElseThrow(() -> new SubtitleRejectedException("The file is not UTF-8 text.",
                List.of(new SubtitleProblem(1, "save the file as UTF-8 text"))));
    }
}
