package org.docuportal.web.api.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code errors} lists each offending field (or CSV line and
 * column) when the request had several things wrong.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonbNillable(false)
@Schema(description = "An RFC 9457 problem document (application/problem+json)")
public record Problem(@Schema(required = true, example = "about:blank") String type,
                      @Schema(required = true, example = "Bad Request", description = "The status's reason phrase") String title,
                      @Schema(minimum = "400", maximum = "599", example = "400") int status,
                      @Schema(example = "adminName has at most 200 characters.", description = "What went wrong, for a person to read") String detail,
                      @Schema(description = "Each offending field (or line of an uploaded file), when there are any")
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with one field; {@code line} is set for errors in uploaded files. */
    @JsonbNillable(false)
    public record FieldError(@Schema(example = "adminName", description = "The field, as the request names it (e.g. awards[1].festival)")
                             String field,
                             @Schema(minimum = "1", description = "The line of an uploaded file") Integer line,
                             @Schema(required = true) String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
