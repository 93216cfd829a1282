package org.docuportal.web.api.curriculum;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.curriculum.CurriculumFormat;
import org.docuportal.curriculum.application.CurriculumFormats;
import org.docuportal.curriculum.application.GuideAttachmentView;
import org.docuportal.curriculum.application.GuideDiff;
import org.docuportal.curriculum.application.GuideDraftView;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.curriculum.application.GuideVersionView;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.Utf8Bodies;
import org.docuportal.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The guide studio over the API (see {@link GuideOverviewResource} for the list): a film's guide for an audience and a language is written as a
 * draft (the request's Content-Type names the format, {@code text/markdown} built in), published
 * as numbered versions, compared and given attachments.
 */
@Path("admin/titles/{slug}/guides")
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
@Tag(name = "Guide studio")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class GuideStudioResource {

    private static final String GUIDE = "{audience}/{language}";

    @Inject
    private GuideStudio studio;

    @Inject
    private CurriculumFormats formats;

    @GET
    @Path(GUIDE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The guide's draft, else its latest version, else a new guide's template made from the film",
            description = "origin says which; format picks the template's format for a guide not saved yet")
    @APIResponse(responseCode = "200", description = "The text to edit")
    @APIResponse(responseCode = "400", description = "A bad audience, language or format")
    @APIResponse(responseCode = "404", description = "No film has that address")
    public GuideDraftView open(@PathParam("slug") String slug, @Parameter(description = "SECONDARY_SCHOOL, UNIVERSITY or MILITARY_TRAINING (or as in addresses: university)") @PathParam("audience") String audience,
                               @Parameter(description = "ISO 639 code: en, ko, ja", schema = @Schema(maxLength = 3)) @PathParam("language") String language,
                               @QueryParam("format") String format) {
        return studio.open(slug, audience, language, format);
    }

    @PUT
    @Path(GUIDE)
    @Consumes("text/*")
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "Check a source and save it as the guide's draft (created if new)",
            description = "The Content-Type names the format (text/markdown; others as GET /api/admin/guides/formats lists). UTF-8.")
    @APIResponse(responseCode = "200", description = "Saved as the draft")
    @APIResponse(responseCode = "400", description = "Not saved: errors[] gives each problem with its line")
    @APIResponse(responseCode = "404", description = "No film has that address")
    @APIResponse(responseCode = "415", description = "No installed format reads that Content-Type")
    public GuideDraftView save(@PathParam("slug") String slug, @PathParam("audience") String audience,
                               @PathParam("language") String language, @HeaderParam("Content-Type") String contentType,
                               byte[] body) {
        CurriculumFormat format = formats.forMediaType(contentType).orElseThrow(() -> new WebApplicationException(
                Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send the guide as one of "
                        + String.join(", ", formats.all().stream().map(CurriculumFormat::mediaType).toList()) + ".").toResponse()));
        return studio.saveDraft(slug, audience, language, format.name(), utf8(body));
    }

    @POST
    @Path(GUIDE + "/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the saved draft as the next version: members get it from now on; its PDF renders in the background")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "404", description = "No film has that address")
    @APIResponse(responseCode = "409", description = "The guide has no saved draft")
    public GuideVersionView publish(@PathParam("slug") String slug, @PathParam("audience") String audience,
                                    @PathParam("language") String language) {
        return studio.publish(slug, audience, language);
    }

    @GET
    @Path(GUIDE + "/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The guide's published versions, newest first")
    @APIResponse(responseCode = "404", description = "No such film or guide")
    public List<GuideVersionView> versions(@PathParam("slug") String slug, @PathParam("audience") String audience,
                                           @PathParam("language") String language) {
        return studio.versions(slug, audience, language);
    }

    @GET
    @Path(GUIDE + "/versions/{number:[0-9]{1,6}}")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "The source of one published version")
    @APIResponse(responseCode = "404", description = "No such film, guide or version")
    public String version(@PathParam("slug") String slug, @PathParam("audience") String audience,
                          @PathParam("language") String language, @PathParam("number") int number) {
        return studio.source(slug, audience, language, number);
    }

    @GET
    @Path(GUIDE + "/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Line-by-line changes between two texts of the guide: version numbers or 'draft'")
    @APIResponse(responseCode = "400", description = "from or to is not a version of the guide, nor 'draft' with a draft open")
    public GuideDiff diff(@PathParam("slug") String slug, @PathParam("audience") String audience,
                          @PathParam("language") String language, @QueryParam("from") String from, @QueryParam("to") String to) {
        return studio.diff(slug, audience, language, from, to);
    }

    @GET
    @Path(GUIDE + "/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The guide's attachments")
    public List<GuideAttachmentView> attachments(@PathParam("slug") String slug, @PathParam("audience") String audience,
                                                 @PathParam("language") String language) {
        return studio.attachments(slug, audience, language);
    }

    @PUT
    @Path(GUIDE + "/attachments/{name}")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a worksheet (PDF) or an image (PNG, JPEG) of at most 10 MB, replacing one of the same name")
    @APIResponse(responseCode = "400", description = "A bad name, type or file (field 'file')")
    public GuideAttachmentView attach(@PathParam("slug") String slug, @PathParam("audience") String audience,
                                      @PathParam("language") String language, @PathParam("name") String name, byte[] body) {
        return studio.attach(slug, audience, language, name, body);
    }

    @DELETE
    @Path(GUIDE + "/attachments/{name}")
    @Operation(summary = "Remove an attachment")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such attachment")
    public Response detach(@PathParam("slug") String slug, @PathParam("audience") String audience,
                           @PathParam("language") String language, @PathParam("name") String name) {
        studio.removeAttachment(slug, audience, language, name);
        return Response.noContent().build();
    }

    private static String utf8(byte[] body) {
        return Utf8Bodies.decode(body).orElseThrow(() -> InvalidInputException.of("source", "Send the guide as UTF-8 text."));
    }
}
