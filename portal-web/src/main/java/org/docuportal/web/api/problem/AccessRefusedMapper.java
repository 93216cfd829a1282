package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.shared.application.AccessRefusedException;

/** Refusals that the caller should read (no license, campus only, revoked): 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
