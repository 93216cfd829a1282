package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.licensing.application.NotEligibleException;

/** Not eligible for what was asked: 409, with each failing rule (its id as the field) and its reason. */
@Provider
public class NotEligibleMapper implements ExceptionMapper<NotEligibleException> {

    @Override
    public Response toResponse(NotEligibleException e) {
        var errors = e.failures().stream().map(v -> new Problem.FieldError(v.id(), null, v.message())).toList();
        return new Problem("about:blank", "Conflict", 409, e.getMessage(), errors).toResponse();
    }
}
