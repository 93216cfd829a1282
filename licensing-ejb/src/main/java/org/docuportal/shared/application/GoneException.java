package org.docuportal.shared.application;

import jakarta.ejb.ApplicationException;

/** The thing existed but has ended for good, such as a lapsed playback session: 410. */
@ApplicationException(rollback = true)
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
