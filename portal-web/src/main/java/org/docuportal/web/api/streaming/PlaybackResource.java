package org.docuportal.web.api.streaming;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.docuportal.entitlement.application.Heartbeat;
import org.docuportal.entitlement.application.PlaybackRenewal;
import org.docuportal.entitlement.application.PlaybackService;
import org.docuportal.entitlement.application.PlaybackStart;
import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.docuportal.web.api.problem.Problem;
import org.docuportal.web.api.problem.StreamCapReachedMapper;
import org.docuportal.web.shared.ClientAddresses;

/**
 * Playback sessions. Members of an institution with an active license start one by signing in;
 * screener holders by sending their screener code. The session id that comes back renews the
 * lease ({@code heartbeat}) and ends it; a member's session only for that member.
 */
@Path("playback/sessions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Streaming")
public class PlaybackResource {

    @Inject
    private PlaybackService playback;

    @Inject
    private ClientAddresses clientAddresses;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    /** What starts a session: the film, and a screener code for screener holders. */
    public record StartDto(@Schema(maxLength = 100, description = "The film's slug; required for members") String title,
                           @Schema(maxLength = 200, description = "A screener holder's code, instead of signing in") String screenerCode) {
    }

    /** What the player reports: seconds watched since the last heartbeat, its position, whether the film reached its end. */
    public record HeartbeatDto(@Schema(minimum = "0") Integer secondsWatched, @Schema(minimum = "0") Integer position,
                               Boolean completed) {
    }

    public record SessionDto(String id, String title, String titleName, String playlistUrl, String token,
                             Instant tokenExpiresAt, Instant leaseExpiresAt, long heartbeatSeconds) {

        static SessionDto of(PlaybackStart s) {
            return new SessionDto(s.sessionId(), s.titleSlug(), s.title(), s.playlistUrl(), s.token(), s.tokenExpiresAt(),
                    s.leaseExpiresAt(), s.heartbeatSeconds());
        }
    }

    public record RenewalDto(String id, String token, Instant tokenExpiresAt, Instant leaseExpiresAt) {

        static RenewalDto of(PlaybackRenewal r) {
            return new RenewalDto(r.sessionId(), r.token(), r.tokenExpiresAt(), r.leaseExpiresAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start playing a film: a lease on one of the license's streams and a short-lived token")
    @Extension(name = "x-sign-in", value = "optional")
    @APIResponse(responseCode = "201", description = "Started; send the token with playlist and key requests",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "403", description = "No active license (or screener), or streaming only on campus")
    @APIResponse(responseCode = "409", description = "Every stream of the license is in use; activeStreams lists them",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = StreamCapReachedMapper.StreamCapProblem.class)))
    public Response start(StartDto body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"title\": \"<film slug>\"}.");
        }
        PlaybackStart started;
        if (body.screenerCode() != null && !body.screenerCode().isBlank()) {
            started = playback.startWithScreener(body.screenerCode(), clientAddresses.of(request));
        } else {
            if (body.title() == null || body.title().isBlank()) {
                throw InvalidInputException.of("title", "Name the film to play by its address (slug).");
            }
            if (security.getUserPrincipal() == null) {
                throw new AccessRefusedException("Sign in as a member of an institution with a license, or use a screener link.");
            }
            started = playback.startAsMember(body.title().strip(), clientAddresses.of(request));
        }
        return Response.status(Response.Status.CREATED).entity(SessionDto.of(started)).build();
    }

    @POST
    @Path("{id}/heartbeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew the lease and get a fresh token")
    @Extension(name = "x-sign-in", value = "optional")
    @APIResponse(responseCode = "200", description = "Renewed")
    @APIResponse(responseCode = "403", description = "The license was revoked or the institution suspended: stop playing")
    @APIResponse(responseCode = "410", description = "The lease lapsed; start a new session")
    public RenewalDto heartbeat(@PathParam("id") String id, @RequestBody(required = false) HeartbeatDto body) {
        HeartbeatDto beat = body == null ? new HeartbeatDto(0, 0, false) : body;
        int watched = beat.secondsWatched() == null ? 0 : beat.secondsWatched();
        int position = beat.position() == null ? 0 : beat.position();
        if (watched < 0 || position < 0) {
            throw InvalidInputException.of(watched < 0 ? "secondsWatched" : "position", "Must not be negative.");
        }
        return RenewalDto.of(playback.heartbeat(id, new Heartbeat(watched, position, Boolean.TRUE.equals(beat.completed())),
                clientAddresses.of(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End the session and free its stream")
    @Extension(name = "x-sign-in", value = "optional")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response end(@PathParam("id") String id) {
        playback.end(id);
        return Response.noContent().build();
    }

    /** The same as DELETE, for a page that is closing: browsers send only POST from {@code navigator.sendBeacon}. */
    @POST
    @Path("{id}/end")
    @Operation(summary = "End the session and free its stream (for navigator.sendBeacon)")
    @Extension(name = "x-sign-in", value = "optional")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response endByBeacon(@PathParam("id") String id) {
        return end(id);
    }
}
