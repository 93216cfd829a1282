package org.docuportal.shared.application;

import jakarta.ejb.ApplicationException;

/** The request makes no sense in the current state of things, such as suspending a pending institution. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** The refusal of a domain object ("cannot order a quote that is declined"), as a sentence for the caller. */
    public static ConflictException of(IllegalStateException refusal) {
        String text = refusal.getMessage();
        return new ConflictException(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
    }
}
