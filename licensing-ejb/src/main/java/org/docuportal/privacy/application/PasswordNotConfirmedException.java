package org.docuportal.privacy.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.docuportal.shared.application.InvalidInputException;

/**
 * A wrong password given to confirm an account's deletion. It does not roll back, so that the
 * failed attempt still counts towards the account's lock: a stolen session or API token cannot
 * guess its way to deleting someone.
 */
@ApplicationException(rollback = false)
public class PasswordNotConfirmedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    PasswordNotConfirmedException(String message) {
        super(message, List.of(new Violation("password", message)));
    }
}
