package org.docuportal.payment.domain;

import jakarta.ejb.ApplicationException;

/**
 * The payment provider could not be reached or refused a request. The message is for the log,
 * not for the buyer. {@link #isRetryable()} says whether the same request may succeed later
 * (the provider was down, overloaded or unreachable) or will keep failing until something is
 * changed (a refused card, a bad key, a request it considers wrong).
 */
@ApplicationException(rollback = true)
public class PaymentProviderException extends RuntimeException {

    private final boolean retryable;

    public PaymentProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
