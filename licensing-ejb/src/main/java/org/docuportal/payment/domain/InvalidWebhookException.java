package org.docuportal.payment.domain;

import jakarta.ejb.ApplicationException;

/**
 * A webhook that cannot be trusted or read: its signature is missing, wrong or too old, or its
 * payload is not an event. Answer it with a client error and do nothing else; a genuine event
 * that failed here is redelivered by the provider.
 */
@ApplicationException(rollback = true)
public class InvalidWebhookException extends RuntimeException {

    public InvalidWebhookException(String message) {
        super(message);
    }

    public InvalidWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
