package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.shared.application.InvalidInputException;

/** Input that breaks a rule: 400, naming every offending field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), null, v.message())).toList();
        return new Problem("about:blank", "Bad Request", 400, e.getMessage(), errors).toResponse();
    }
}
