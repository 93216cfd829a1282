package org.docuportal.account.domain;

import java.time.Duration;

/** How many failed logins in a row lock an account, and for how long. */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("max failures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("the lock must last a while");
        }
    }
}
