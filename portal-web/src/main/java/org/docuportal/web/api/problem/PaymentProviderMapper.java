package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.payment.domain.PaymentProviderException;

/** The payment provider could not be reached or refused: 502, and the order was not placed. */
@Provider
public class PaymentProviderMapper implements ExceptionMapper<PaymentProviderException> {

    @Override
    public Response toResponse(PaymentProviderException e) {
        return Problem.of(Response.Status.BAD_GATEWAY, "The payment provider could not take the order"
                + (e.isRetryable() ? "; please try again in a few minutes." : ".")).toResponse();
    }
}
