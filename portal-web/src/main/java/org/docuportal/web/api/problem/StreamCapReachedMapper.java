package org.docuportal.web.api.problem;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.entitlement.application.StreamCapReachedException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every stream of the license in use: 409, with an {@code activeStreams} extension member listing
 * who watches since when, so that a teacher can ask a colleague to stop.
 */
@Provider
public class StreamCapReachedMapper implements ExceptionMapper<StreamCapReachedException> {

    /** RFC 9457 allows extension members; this one lists the streams in use. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "activeStreams"})
    @Schema(description = "A problem document (409) with the streams in use as the extension member activeStreams")
    public record StreamCapProblem(@Schema(required = true) String type, @Schema(required = true) String title, int status,
                                   String detail, List<ActiveStreamDto> activeStreams) {
    }

    public record ActiveStreamDto(String viewer, Instant startedAt, Instant leaseExpiresAt) {
    }

    @Override
    public Response toResponse(StreamCapReachedException e) {
        var streams = e.activeStreams().stream().map(s -> new ActiveStreamDto(s.viewer(), s.startedAt(), s.leaseExpiresAt())).toList();
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                .entity(new StreamCapProblem("about:blank", "Conflict", 409, e.getMessage(), streams)).build();
    }
}
