package org.docuportal.account.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.LoginPolicy;
import org.docuportal.account.domain.LoginState;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.account.infrastructure.UseRecordingThrottle;
import org.docuportal.shared.config.Setting;

/**
 * Checks credentials for every way in: the login page and HTTP Basic.
 *
 * <p>Failed attempts are counted on the account and lock it for a while once they reach the
 * configured limit; while locked, even the right password is refused. Counting is one atomic
 * update in a transaction of its own ({@link LoginRecorder}), so parallel guesses are each counted
 * and never fail one another.
 *
 * <p>Every attempt costs exactly one password-hash verification, so the time of the answer does
 * not tell an unknown address, a disabled or unfinished account, a locked account and a wrong
 * password apart: where there is no usable hash to check, or the account is locked, the password
 * is checked against a decoy hash of the same strength, and the result thrown away. The login page
 * and the API answer those four cases alike. Only a locked account is reported as such
 * ({@link AuthenticationResult.Status#LOCKED}), whatever the password — never "locked, and the
 * password was right", which would let guessing go on through the lock — and only the staff link
 * page, whose holder knows the address already, shows it.
 */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginRecorder recorder;

    @Inject
    private UseRecordingThrottle throttle;

    @Inject
    private Clock clock;

    public AuthenticationResult authenticate(String email, char[] password) {
        Optional<Account> found = normalized(email).flatMap(accounts::findByEmail);
        Optional<String> storedHash = found.flatMap(a -> accounts.usablePasswordHash(a.id()));
        var now = clock.instant();
        if (storedHash.isEmpty()) {
            // Unknown, disabled or without a password yet: answered like a wrong password, at the same cost.
            hasher.verifyDecoy(password);
            return AuthenticationResult.invalid();
        }
        Account account = found.get();
        LoginState state = accounts.loginState(account.id());
        if (state.isLockedAt(now)) {
            hasher.verifyDecoy(password);
            return AuthenticationResult.locked(state.lockedUntil());
        }
        if (!hasher.verify(password, storedHash.get())) {
            LoginPolicy policy = policy();
            return recorder.failed(account.id(), now, policy) ? AuthenticationResult.locked(policy.lockEnd(now))
                    : AuthenticationResult.invalid();
        }
        if (hasher.isOutdated(storedHash.get())) {
            recorder.rehashed(account.id(), storedHash.get(), hasher.hash(password));
        }
        // Failures are always cleared; a mere "last login" is written by one request of a burst (see the throttle).
        if (state.hasFailuresToClear() || account.loginWorthRecording(now)
                && throttle.claim("login:" + account.id(), now, Account.LOGIN_RECORDING_GRANULARITY)) {
            recorder.succeeded(account.id(), now);
        }
        return AuthenticationResult.authenticated(account.email(), account.roles());
    }

    /**
     * The roles of a caller signed in earlier on the login page, or none when their account has been
     * disabled since (the session then ends). Read from the database on each request, so that
     * disabling, and a role granted or taken away, take effect at once on every server; and because
     * a session that moved to another server keeps who signed in but not the roles the first server
     * registered.
     */
    public Set<Role> rolesIfEnabled(String email) {
        return normalized(email).map(accounts::enabledRoles).orElse(Set.of());
    }

    private static Optional<String> normalized(String email) {
        try {
            return Optional.of(Account.normalizeEmail(email));
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
    }

    static LoginPolicy policy() {
        return new LoginPolicy(Setting.LOGIN_MAX_FAILURES.intValueOr(5),
                Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.intValueOr(15)));
    }
}
