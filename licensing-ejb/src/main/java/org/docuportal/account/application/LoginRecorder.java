package org.docuportal.account.application;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.LoginPolicy;

/**
 * Writes the outcome of a login attempt in a transaction of its own.
 *
 * <p>Its own, because the attempt may be made inside a caller's transaction that then rolls back
 * (a staff link refused for a wrong password): a failure counted there would vanish, and guesses
 * through that door would never lock the account. Short, because parallel guesses queue on the
 * account's row lock for exactly as long as this transaction lasts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginRecorder {

    @Inject
    private AccountRepository accounts;

    /** @return whether the account is locked once this failure is counted */
    public boolean failed(long accountId, Instant now, LoginPolicy policy) {
        return accounts.recordFailedLogin(accountId, now, policy);
    }

    public void succeeded(long accountId, Instant now) {
        accounts.recordSuccessfulLogin(accountId, now);
    }

    public void rehashed(long accountId, String oldHash, String newHash) {
        accounts.rehashPassword(accountId, oldHash, newHash);
    }
}
