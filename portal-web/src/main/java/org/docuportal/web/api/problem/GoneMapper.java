package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.shared.application.GoneException;

/** Things that ended for good, such as a lapsed playback session: 410. */
@Provider
public class GoneMapper implements ExceptionMapper<GoneException> {

    @Override
    public Response toResponse(GoneException e) {
        return Problem.of(Response.Status.GONE, e.getMessage()).toResponse();
    }
}
