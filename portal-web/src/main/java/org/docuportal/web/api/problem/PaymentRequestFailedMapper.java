package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.licensing.application.PaymentRequestFailedException;

/** The payment provider could not make the payment page the buyer waits for: 502; the order is kept. */
@Provider
public class PaymentRequestFailedMapper implements ExceptionMapper<PaymentRequestFailedException> {

    @Override
    public Response toResponse(PaymentRequestFailedException e) {
        return Problem.of(Response.Status.BAD_GATEWAY, e.getMessage()).toResponse();
    }
}
