package org.docuportal.licensing.application;

/**
 * A payment method's provider could not take a request. {@link #isRetryable()} says whether the
 * same request may pass later (the provider was down or overloaded) or will keep failing.
 * The message is for administrators and the log.
 */
public class PaymentRequestException extends RuntimeException {

    private final boolean retryable;

    public PaymentRequestException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
