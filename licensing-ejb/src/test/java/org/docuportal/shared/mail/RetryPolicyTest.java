package org.docuportal.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void waitsThirtySecondsThenTwiceAsLongEachTimeUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), RetryPolicy.delayAfter(1));
        assertEquals(Duration.ofMinutes(1), RetryPolicy.delayAfter(2));
        assertEquals(Duration.ofMinutes(2), RetryPolicy.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), RetryPolicy.delayAfter(7));
        assertEquals(Duration.ofHours(1), RetryPolicy.delayAfter(8), "64 minutes capped at the hour");
        assertEquals(Duration.ofHours(1), RetryPolicy.delayAfter(9));
        assertEquals(Duration.ofHours(1), RetryPolicy.delayAfter(Integer.MAX_VALUE), "no overflow however often it failed");
    }

    @Test
    void theNextAttemptFollowsTheFailure() {
        Instant failed = Instant.parse("2026-12-04T18:00:00Z");
        assertEquals(Instant.parse("2026-12-04T18:04:00Z"), RetryPolicy.nextAttempt(4, failed));
    }

    @Test
    void givesUpAfterTheTenthAttemptAndNotBefore() {
        assertFalse(RetryPolicy.givesUp(9));
        assertTrue(RetryPolicy.givesUp(10));
        Duration tried = Duration.ZERO;
        for (int attempt = 1; attempt < RetryPolicy.MAX_ATTEMPTS; attempt++) {
            tried = tried.plus(RetryPolicy.delayAfter(attempt));
        }
        assertTrue(tried.compareTo(Duration.ofHours(3)) > 0 && tried.compareTo(Duration.ofHours(5)) < 0,
                "a mail server down for an afternoon's first hours is ridden out: " + tried);
    }

    @Test
    void aClaimOutlastsTheSlowestSend() {
        assertTrue(RetryPolicy.CLAIM.compareTo(Duration.ofMinutes(1)) > 0, "connect and read timeouts are 10 s each");
    }
}
