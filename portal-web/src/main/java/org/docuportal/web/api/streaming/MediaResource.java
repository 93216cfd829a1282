package org.docuportal.web.api.streaming;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.docuportal.entitlement.domain.TokenVerdict;
import org.docuportal.entitlement.infrastructure.MediaDeliveries;
import org.docuportal.entitlement.infrastructure.MediaLibrary;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The media folder as the portal serves it (delivery {@code portal}): playlists and the key only
 * with a valid token, segments and subtitles to anyone, since segments are AES-128 encrypted and
 * useless without the key. The same rules as the nginx edge in {@code deploy/nginx}.
 */
@jakarta.ws.rs.Path("media/{slug}")
@PermitAll
@Tag(name = "Streaming")
public class MediaResource {

    private static final String PLAYLIST = "application/vnd.apple.mpegurl";

    @Inject
    private MediaLibrary media;

    @Inject
    private MediaDeliveries deliveries;

    @Inject
    private Clock clock;

    @GET
    @jakarta.ws.rs.Path("key")
    @Operation(summary = "The title's AES-128 key; only with a valid token")
    @APIResponse(responseCode = "200", description = "The 16-byte key", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Token missing, tampered with, or for another title")
    @APIResponse(responseCode = "410", description = "Token expired; the player's next heartbeat brings a new one")
    public Response key(@PathParam("slug") String slug, @QueryParam("token") String token) {
        Response refusal = refusal(slug, token);
        if (refusal != null) {
            return refusal;
        }
        byte[] key = media.key(slug).orElseThrow(() -> new NotFoundException("No key for " + slug + "."));
        return Response.ok(key, "application/octet-stream").cacheControl(noStore()).build();
    }

    @GET
    @jakarta.ws.rs.Path("{file: .+}")
    @Operation(summary = "A file of the title's HLS set: playlists only with a valid token, segments and subtitles to anyone")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.apple.mpegurl", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "video/mp2t", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/vtt", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "Playlist without a valid token")
    @APIResponse(responseCode = "410", description = "Playlist with an expired token")
    public Response file(@PathParam("slug") String slug, @PathParam("file") String name, @QueryParam("token") String token) {
        Path file = media.file(slug, name).orElseThrow(() -> new NotFoundException("No such media file."));
        if (MediaLibrary.isPlaylist(name)) {
            Response refusal = refusal(slug, token);
            if (refusal != null) {
                return refusal;
            }
            return Response.ok(file.toFile(), PLAYLIST).cacheControl(noStore()).build();
        }
        CacheControl immutable = new CacheControl();
        immutable.setMaxAge(86_400);
        return Response.ok(file.toFile(), contentType(name)).cacheControl(immutable).build();
    }

    private Response refusal(String slug, String token) {
        TokenVerdict verdict = deliveries.portal().check(token, slug, clock.instant());
        return switch (verdict) {
            case VALID -> null;
            case EXPIRED -> Problem.of(Response.Status.GONE, "The playback token has expired; the player fetches a new one.")
                    .toResponse();
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, token == null || token.isBlank()
                    ? "A playback token is required." : "The playback token is not valid for this film.").toResponse();
        };
    }

    private static String contentType(String name) {
        if (name.endsWith(".ts")) {
            return "video/mp2t";
        }
        if (name.endsWith(".vtt")) {
            return "text/vtt; charset=utf-8";
        }
        return name.endsWith(".m4s") || name.endsWith(".mp4") ? "video/mp4" : "application/octet-stream";
    }

    private static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        control.setPrivate(true);
        return control;
    }
}
