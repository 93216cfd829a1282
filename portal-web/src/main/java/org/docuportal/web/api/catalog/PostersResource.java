package org.docuportal.web.api.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.docuportal.catalog.application.PosterService;
import org.docuportal.shared.application.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Uploaded posters, at the widths the pages use (240 for catalog cards, 480 for a title's page).
 * Published and withdrawn titles' posters may be kept by any cache for a day; a new upload gets a
 * new address (its {@code ?v=} version), so that nobody sees an old poster. A draft's poster is for
 * platform administrators only and no shared cache keeps it.
 */
@Path("posters")
@PermitAll
@Tag(name = "Catalog")
public class PostersResource {

    private static final int PUBLIC_SECONDS = 24 * 60 * 60;

    @Inject
    private PosterService posters;

    @GET
    @Path("{slug}/{width:[0-9]{1,4}}")
    @Produces("image/jpeg")
    @Operation(summary = "A title's uploaded poster, 240 or 480 pixels wide (JPEG)")
    public Response poster(@PathParam("slug") String slug, @Parameter(description = "240 or 480") @PathParam("width") int width, @Context Request request) {
        PosterService.PosterFile file = posters.open(slug, width)
                .orElseThrow(() -> new NotFoundException("There is no poster of that size for '" + slug + "'."));
        EntityTag tag = new EntityTag(file.version());
        CacheControl cache = new CacheControl();
        if (file.isPublic()) {
            cache.setMaxAge(PUBLIC_SECONDS);
        } else {
            cache.setPrivate(true);
            cache.setNoCache(true);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            closeQuietly(file);
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(file.content(), "image/jpeg").header("Content-Length", file.size())
                .header("X-Content-Type-Options", "nosniff").cacheControl(cache).tag(tag).build();
    }

    private static void closeQuietly(PosterService.PosterFile file) {
        try {
            file.content().close();
        } catch (java.io.IOException ignored) {
            // Nothing was sent from it; the not-modified answer stands.
        }
    }
}
