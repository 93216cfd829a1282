package org.docuportal.web.api.media;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.docuportal.account.domain.Role;
import org.docuportal.media.application.MediaOverview;
import org.docuportal.media.application.MediaStudioService;
import org.docuportal.media.application.UploadTooLargeException;
import org.docuportal.media.infrastructure.UploadFolder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A title's master video: upload it (packaged in the background) and follow the packaging job. */
@Path("admin/titles/{slug}/media")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Media studio")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class TitleMediaResource {

    @Inject
    private MediaStudioService studio;

    @Inject
    private UploadFolder uploads;

    @Context
    private UriInfo uri;

    @POST
    @Consumes("video/*")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the title's master video (the request body) and queue its packaging into encrypted HLS",
            description = "The old set keeps playing until the new one is complete. For uploads that must survive a dropped"
                    + " connection, use the tus endpoint /api/admin/uploads that the media page uses.")
    @APIResponse(responseCode = "202", description = "Received and queued; Location is the job",
            content = @Content(schema = @Schema(implementation = MediaJobDto.class)))
    @APIResponse(responseCode = "400", description = "The upload broke off or was empty; nothing was kept")
    @APIResponse(responseCode = "404", description = "No such title")
    @APIResponse(responseCode = "409", description = "A job of this title is still running, or ffmpeg is not installed (the detail says what to do)")
    @APIResponse(responseCode = "413", description = "Larger than portal.media.max-upload-bytes; nothing was kept")
    @APIResponse(responseCode = "415", description = "Content-Type is not video/*")
    public Response upload(@PathParam("slug") String slug, @HeaderParam("Content-Length") Long length,
                           @RequestBody(required = true, content = @Content(mediaType = "video/*",
                                   schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        if (length != null && length > uploads.maxBytes()) {
            throw new UploadTooLargeException(uploads.maxBytes());
        }
        MediaJobDto job = MediaJobDto.of(studio.submit(slug, body));
        URI location = uri.getBaseUriBuilder().path("admin/titles/{slug}/media/jobs/{id}").build(slug, job.jobId());
        return Response.accepted(job).location(location).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The title's media: latest job, packaged length, subtitle tracks, chapters, and whether ffmpeg is missing")
    public MediaOverview overview(@PathParam("slug") String slug) {
        return studio.overview(slug);
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A packaging job of the title: state, stage, percent, estimated seconds left, error")
    @APIResponse(responseCode = "404", description = "No such job for this title")
    public MediaJobDto job(@PathParam("slug") String slug, @PathParam("id") long id) {
        return MediaJobDto.of(studio.job(slug, id));
    }
}
