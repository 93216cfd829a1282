package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.shared.application.ConflictException;

/** A request that makes no sense in the current state: 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }
}
