package org.docuportal.account.application;

import java.time.Instant;
import java.util.Set;

import org.docuportal.account.domain.Role;

/**
 * The answer to a login attempt.
 *
 * @param status      whether the caller is in, refused, or refused because the account is locked
 * @param email       the account's email when the caller is in
 * @param roles       the account's roles when the caller is in
 * @param lockedUntil when a lock ends, if the account is locked
 */
public record AuthenticationResult(Status status, String email, Set<Role> roles, Instant lockedUntil) {

    public enum Status { AUTHENTICATED, INVALID, LOCKED }

    public static AuthenticationResult authenticated(String email, Set<Role> roles) {
        return new AuthenticationResult(Status.AUTHENTICATED, email, Set.copyOf(roles), null);
    }

    public static AuthenticationResult invalid() {
        return new AuthenticationResult(Status.INVALID, null, Set.of(), null);
    }

    public static AuthenticationResult locked(Instant until) {
        return new AuthenticationResult(Status.LOCKED, null, Set.of(), until);
    }

    public boolean isAuthenticated() {
        return status == Status.AUTHENTICATED;
    }
}
