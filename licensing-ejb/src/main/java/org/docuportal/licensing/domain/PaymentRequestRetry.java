package org.docuportal.licensing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed call to the payment provider is tried again, and when it is given up.
 *
 * <p>The delay doubles from one minute ({@value #ATTEMPTS} attempts span about four hours), so that
 * a provider outage of minutes costs nothing and one of hours ends in a visible failure the same
 * day. Every attempt stays within the 24 hours in which Stripe replays an idempotency key, so a
 * retry of a call that did reach the provider returns its first result instead of a second invoice.
 */
public final class PaymentRequestRetry {

    /** Attempts in all, the first included. */
    public static final int ATTEMPTS = 8;

    /** How long one attempt may take before another server may try again: longer than a provider call ever lasts. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private PaymentRequestRetry() {
    }

    /** Whether a failure on attempt {@code attemptsMade} (counting from 1) is the last. */
    public static boolean givesUp(int attemptsMade, boolean retryable) {
        return !retryable || attemptsMade >= ATTEMPTS;
    }

    /** When the next attempt is due after {@code attemptsMade} failed ones. */
    public static Instant nextAttempt(int attemptsMade, Instant now) {
        return now.plus(Duration.ofMinutes(1L << Math.min(Math.max(attemptsMade - 1, 0), 10)));
    }
}
