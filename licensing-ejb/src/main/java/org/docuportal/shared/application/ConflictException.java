package org.docuportal.shared.application;

import jakarta.ejb.ApplicationException;

/** The request makes no sense in the current state of things, such as suspending a pending institution. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
