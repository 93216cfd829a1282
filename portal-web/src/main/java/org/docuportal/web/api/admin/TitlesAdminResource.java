package org.docuportal.web.api.admin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.application.PosterTooLargeException;
import org.docuportal.catalog.application.TitleForm;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.catalog.CatalogDtoAssembler;
import org.docuportal.web.api.catalog.TitleDto;
import org.docuportal.web.api.problem.JsonObjectBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The title studio for platform administrators: create drafts, replace program details, publish or
 * withdraw, upload posters. Bodies are the JSON that {@code GET /api/titles/{slug}} returns; fields
 * the studio does not take ({@code poster}, {@code rightsWindows}, {@code licensable}, a language
 * version's {@code name}) are ignored, so a title read from the API can be sent back edited.
 */
@Path("admin/titles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class TitlesAdminResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z]+)'?");

    @Inject
    private TitleStudio studio;

    @Context
    private UriInfo uri;

    /** One line of the list. */
    public record TitleListingDto(String slug, String title, String originalTitle,
                                  @Schema(enumeration = {"AVAILABLE", "IN_PRODUCTION"}) String status,
                                  @Schema(enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}) String publication,
                                  boolean hasPoster) {

        static TitleListingDto of(TitleListing t) {
            return new TitleListingDto(t.slug(), t.title(), t.originalTitle(), t.status().name(), t.publication().name(),
                    t.hasPoster());
        }
    }

    /** The body of {@code PUT .../status}. */
    public record PublicationDto(@Schema(required = true, enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}) String status) {
    }

    @GET
    @Operation(summary = "Every title in any publication state, or those in one (publication=DRAFT|PUBLISHED|WITHDRAWN)")
    public List<TitleListingDto> list(@Parameter(schema = @Schema(enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}))
                                      @QueryParam("publication") String publication) {
        return studio.list(publication).stream().map(TitleListingDto::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A title in any publication state")
    public TitleDto title(@PathParam("slug") String slug) {
        return CatalogDtoAssembler.toDto(studio.details(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a title as a draft, visible to platform administrators only",
            description = "Fields as GET /api/titles/{slug} returns them, plus the optional production status (AVAILABLE, IN_PRODUCTION).")
    @APIResponse(responseCode = "201", description = "Created; Location is the title's public address",
            content = @Content(schema = @Schema(implementation = TitleDto.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule; errors[] names each one")
    @APIResponse(responseCode = "409", description = "Another title has that slug")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TitleForm.class))) String body) {
        TitleDto created = CatalogDtoAssembler.toDto(studio.create(read(body, TitleForm.class)));
        URI location = uri.getBaseUriBuilder().path("titles").path(created.slug()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a title's program details; the slug never changes")
    @APIResponse(responseCode = "200", description = "The title as saved")
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body names another slug")
    public TitleDto update(@PathParam("slug") String slug, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TitleForm.class))) String body) {
        return CatalogDtoAssembler.toDto(studio.update(slug, read(body, TitleForm.class)));
    }

    @PUT
    @Path("{slug}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, withdraw or re-publish a title: {\"status\": \"PUBLISHED\"|\"WITHDRAWN\"|\"DRAFT\"}",
            description = "A published title never becomes a draft again (its address is public); withdraw it instead.")
    @APIResponse(responseCode = "200", description = "The title in its new state")
    @APIResponse(responseCode = "400", description = "Unknown status; the allowed values are listed")
    @APIResponse(responseCode = "409", description = "The move is not allowed from the title's current state")
    public TitleDto changePublication(@PathParam("slug") String slug, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationDto.class))) String body) {
        PublicationDto change = read(body, PublicationDto.class);
        return CatalogDtoAssembler.toDto(studio.changePublication(slug, change == null ? null : change.status()));
    }

    @PUT
    @Path("{slug}/poster")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the poster: the image as the body (image/jpeg, image/png or image/webp)",
            description = "The image is decoded to check it and resized to the widths the pages use; it is then served at "
                    + "/api/posters/{slug}/{width}.")
    @APIResponse(responseCode = "200", description = "The title, its poster pointing at the new image")
    @APIResponse(responseCode = "400", description = "Not a readable JPEG, PNG or WebP image of the declared type, or far too many pixels")
    @APIResponse(responseCode = "413", description = "Larger than portal.images.max-poster-bytes")
    public TitleDto uploadPoster(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                                 @RequestBody(required = true, content = {
                                         @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                         @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                         @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                                 InputStream body) throws IOException {
        long limit = studio.maxPosterBytes();
        if (contentLength != null && contentLength > limit) {
            throw new PosterTooLargeException(limit);
        }
        // Read one byte past the limit at most: enough to know it is too large, never the whole of a huge upload.
        byte[] image = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (image.length > limit) {
            throw new PosterTooLargeException(limit);
        }
        return CatalogDtoAssembler.toDto(studio.uploadPoster(slug, image, contentType));
    }

    /** The JSON body as the type, or a 400 naming the property that does not fit. */
    private static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        // JSON-B would bind [{...}] as the object; the interceptor checks only bodies bound to records, not text.
        JsonObjectBodies.requireObject(body);
        try {
            return JSON.fromJson(body, type);
        } catch (JsonbException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher property = PROPERTY.matcher(message);
            String field = property.find() ? property.group(1) : "body";
            throw InvalidInputException.of(field, "body".equals(field)
                    ? "The body is not the JSON this address takes."
                    : field + " has the wrong type (text, number or list) for this field.");
        }
    }
}
