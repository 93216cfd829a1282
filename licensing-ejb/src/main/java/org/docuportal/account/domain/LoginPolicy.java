package org.docuportal.account.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed logins in a row lock an account, and for how long: the failure that reaches
 * {@code maxFailures} locks the account until {@link #lockEnd}, and the count starts again from zero,
 * so that after the lock the same number of guesses locks it again. While locked, failures are not
 * counted (the lock does not grow with the guesses, so an attacker cannot keep its owner out for longer).
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    /** Whether the failure that brings the count to {@code failuresInARow} locks the account. */
    public boolean locks(int failuresInARow) {
        return failuresInARow >= maxFailures;
    }

    /** When a lock set at {@code now} ends. */
    public Instant lockEnd(Instant now) {
        return now.plus(lockDuration);
    }

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("max failures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("the lock must last a while");
        }
    }
}
