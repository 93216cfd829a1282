package org.docuportal.web.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
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
        if (causedByConcurrentChange(e)) {
            // Two requests changed the same record at once and this one lost: retrying is the answer, not a bug report.
            return Problem.of(Response.Status.CONFLICT,
                    "Someone changed this at the same moment. Reload it and try again.").toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote reference " + reference + " if you report it.").toResponse();
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
