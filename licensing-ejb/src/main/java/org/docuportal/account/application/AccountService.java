package org.docuportal.account.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.LoginPolicy;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.account.infrastructure.UseRecordingThrottle;
import org.docuportal.shared.config.Setting;

/**
 * Checks credentials for every way in: the login page and HTTP Basic.
 *
 * <p>Failed attempts are counted on the account and lock it for a while once they reach the
 * configured limit; while locked, even the right password is refused. An unknown email costs
 * the same hashing work as a known one, so response times do not reveal which accounts exist.
 * A disabled account, or one whose owner has not chosen a password yet, is refused exactly like
 * a wrong password.
 */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private UseRecordingThrottle throttle;

    @Inject
    private Clock clock;

    private volatile String decoyHash;

    public AuthenticationResult authenticate(String email, char[] password) {
        Optional<Account> found = normalized(email).flatMap(accounts::findByEmail);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            return AuthenticationResult.invalid();
        }
        Account account = found.get();
        Optional<String> storedHash = accounts.usablePasswordHash(account.id());
        if (storedHash.isEmpty()) {
            // Answered like a wrong password, at the same cost: a disabled or unfinished account is not revealed.
            hasher.verify(password, decoyHash());
            return AuthenticationResult.invalid();
        }
        var now = clock.instant();
        if (account.isLockedAt(now)) {
            return AuthenticationResult.locked(account.lockedUntil());
        }
        if (!hasher.verify(password, storedHash.get())) {
            account.recordFailedLogin(now, policy());
            return account.isLockedAt(now) ? AuthenticationResult.locked(account.lockedUntil()) : AuthenticationResult.invalid();
        }
        if (hasher.isOutdated(storedHash.get())) {
            account.rehashPassword(hasher.hash(password));
        }
        // Failures are always cleared; a mere "last login" is written by one request of a burst (see the throttle).
        if (account.hasFailuresToClear() || account.loginWorthRecording(now)
                && throttle.claim("login:" + account.id(), now, Account.LOGIN_RECORDING_GRANULARITY)) {
            account.recordSuccessfulLogin(now);
        }
        return AuthenticationResult.authenticated(account.email(), account.roles());
    }

    /**
     * Whether a caller signed in earlier on the login page may go on: their account is still
     * enabled. Read from the database on each request, so that disabling takes effect at once on
     * every server.
     */
    public boolean isEnabled(String email) {
        return normalized(email).map(accounts::isEnabled).orElse(false);
    }

    private static Optional<String> normalized(String email) {
        try {
            return Optional.of(Account.normalizeEmail(email));
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("not-a-password".toCharArray());
        }
        return decoyHash;
    }

    static LoginPolicy policy() {
        return new LoginPolicy(Setting.LOGIN_MAX_FAILURES.intValueOr(5),
                Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.intValueOr(15)));
    }
}
