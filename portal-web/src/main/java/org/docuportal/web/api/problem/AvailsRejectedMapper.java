package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.catalog.application.AvailsRejectedException;

/** An avails file with bad rows: 400, with one error per line and column. */
@Provider
public class AvailsRejectedMapper implements ExceptionMapper<AvailsRejectedException> {

    @Override
    public Response toResponse(AvailsRejectedException e) {
        var errors = e.problems().stream()
                .map(p -> new Problem.FieldError(p.column(), p.line(), p.message()))
                .toList();
        return new Problem("about:blank", "Bad Request", 400, e.getMessage(), errors).toResponse();
    }
}
