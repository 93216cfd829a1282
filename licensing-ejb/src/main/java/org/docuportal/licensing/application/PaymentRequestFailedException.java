package org.docuportal.licensing.application;

import jakarta.ejb.ApplicationException;

/**
 * The payment provider could not make the payment page a buyer waits for. The order is kept
 * (committed before the call), so ordering again resumes it.
 */
@ApplicationException(rollback = false)
public class PaymentRequestFailedException extends RuntimeException {

    private final boolean retryable;

    public PaymentRequestFailedException(String orderReference, boolean retryable) {
        super("The payment provider could not start the payment of order " + orderReference + ", which is kept"
                + (retryable ? ": order again in a few minutes to pay it." : "; the distributor's administrators see it."));
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
