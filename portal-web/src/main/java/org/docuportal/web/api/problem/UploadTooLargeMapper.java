package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.media.application.UploadTooLargeException;

/** An upload over the configured limit: 413, naming the limit. */
@Provider
public class UploadTooLargeMapper implements ExceptionMapper<UploadTooLargeException> {

    @Override
    public Response toResponse(UploadTooLargeException e) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).toResponse();
    }
}
