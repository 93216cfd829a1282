package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.catalog.application.PosterTooLargeException;

/** A poster over the size limit: 413, with the limit in the detail. */
@Provider
public class PosterTooLargeMapper implements ExceptionMapper<PosterTooLargeException> {

    @Override
    public Response toResponse(PosterTooLargeException e) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).toResponse();
    }
}
