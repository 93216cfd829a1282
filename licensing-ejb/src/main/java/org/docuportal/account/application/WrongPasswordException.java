package org.docuportal.account.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.docuportal.shared.application.InvalidInputException;

/**
 * A wrong password given to confirm a staff link with an existing account. Unlike other invalid
 * input it does not roll back, so that the failed attempt still counts towards the account's lock.
 */
@ApplicationException(rollback = false)
public class WrongPasswordException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    WrongPasswordException(String message) {
        super(message, List.of(new Violation("password", message)));
    }
}
