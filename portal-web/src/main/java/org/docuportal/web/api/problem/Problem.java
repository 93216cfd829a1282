package org.docuportal.web.api.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code errors} lists each offending field (or CSV line and
 * column) when the request had several things wrong.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with one field; {@code line} is set for errors in uploaded files. */
    @JsonbNillable(false)
    public record FieldError(String field, Integer line, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
