package org.docuportal.web.it;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

/**
 * For tests inside the server only: the clock every service reads "now" from, set to a chosen day
 * and back. Deployed with a test, it replaces the portal's {@code ClockProducer} in that deployment
 * (an enabled alternative), so the rules, the queries and the hourly round all see the same day.
 * Unset, it is the system's UTC clock.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private static final AtomicReference<Instant> FIXED = new AtomicReference<>();

    /** From now on, every clock in the deployment says noon (UTC) of that day. */
    public static void setTo(LocalDate day) {
        FIXED.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** Back to the system's clock. */
    public static void reset() {
        FIXED.set(null);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Settable();
    }

    private static final class Settable extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant fixed = FIXED.get();
            return fixed != null ? fixed : Instant.now();
        }
    }
}
