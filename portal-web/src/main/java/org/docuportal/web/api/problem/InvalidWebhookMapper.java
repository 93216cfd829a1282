package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.payment.domain.InvalidWebhookException;

/** A webhook whose signature does not check out: 400, and nothing applied. */
@Provider
public class InvalidWebhookMapper implements ExceptionMapper<InvalidWebhookException> {

    @Override
    public Response toResponse(InvalidWebhookException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The event's signature could not be verified.").toResponse();
    }
}
