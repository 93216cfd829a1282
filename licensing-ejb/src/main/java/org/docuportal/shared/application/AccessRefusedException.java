package org.docuportal.shared.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller is known but may not do this, for a reason worth telling them (no license for the
 * film, streaming only on campus, a revoked license): 403.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
