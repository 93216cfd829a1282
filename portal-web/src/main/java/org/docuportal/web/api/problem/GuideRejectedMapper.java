package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.curriculum.application.GuideRejectedException;

/** A guide source with problems: 400, with one error per problem and its line (field {@code source}). */
@Provider
public class GuideRejectedMapper implements ExceptionMapper<GuideRejectedException> {

    @Override
    public Response toResponse(GuideRejectedException e) {
        var errors = e.problems().stream()
                .map(p -> new Problem.FieldError("source", p.line(), p.message()))
                .toList();
        return new Problem("about:blank", "Bad Request", 400, e.getMessage(), errors).toResponse();
    }
}
