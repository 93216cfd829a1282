package org.docuportal.shared.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When the outbox tries a mail again: 30 seconds after the first failed attempt, then twice as long
 * after each further one (1, 2, 4 … minutes) up to an hour; after {@value #MAX_ATTEMPTS} attempts,
 * about four hours in all, it gives up and leaves the mail to a platform administrator. A mail
 * server that is down for a restart or an afternoon is thus ridden out without hammering it.
 */
public final class RetryPolicy {

    public static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    /**
     * How long a claim holds: longer than the slowest send (10 s to connect, 10 s per read, a few
     * attachments), so that no second server sends while the first still might, and short enough
     * that a mail whose server died goes out a few minutes later from another.
     */
    public static final Duration CLAIM = Duration.ofMinutes(3);

    private RetryPolicy() {
    }

    /** The wait after the given number of failed attempts (1 or more). */
    public static Duration delayAfter(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        // 30 s × 2^(attempts − 1); the shift stays small, so it cannot overflow before the cap applies.
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** When to try again after the given number of failed attempts. */
    public static Instant nextAttempt(int attempts, Instant failedAt) {
        return failedAt.plus(delayAfter(attempts));
    }

    /** Whether, after that many attempts, the outbox stops trying by itself. */
    public static boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
