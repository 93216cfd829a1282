package org.docuportal.web.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else: 500 with a reference the operator can find in the log, and no internals
 * in the response.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof EJBException ejb && ejb.getCausedByException() instanceof IllegalArgumentException bad) {
            // A domain invariant refused the input after the resource's own checks: still the caller's mistake.
            return Problem.of(Response.Status.BAD_REQUEST, bad.getMessage()).toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote reference " + reference + " if you report it.").toResponse();
    }
}
