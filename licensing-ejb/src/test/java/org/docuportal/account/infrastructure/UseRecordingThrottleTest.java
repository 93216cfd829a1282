package org.docuportal.account.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class UseRecordingThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void oneClaimPerKeyAndMinute() {
        UseRecordingThrottle throttle = new UseRecordingThrottle();
        assertThat(throttle.claim("token:1", NOW, MINUTE)).isTrue();
        assertThat(throttle.claim("token:1", NOW.plusSeconds(30), MINUTE)).isFalse();
        assertThat(throttle.claim("token:2", NOW.plusSeconds(30), MINUTE)).as("another token").isTrue();
        assertThat(throttle.claim("token:1", NOW.plusSeconds(60), MINUTE)).isTrue();
    }

    @Test
    void ofABurstOfParallelRequestsExactlyOneWins() throws Exception {
        UseRecordingThrottle throttle = new UseRecordingThrottle();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> burst = IntStream.range(0, 64)
                    .<Callable<Boolean>>mapToObj(i -> () -> throttle.claim("login:7", NOW, MINUTE)).toList();
            long winners = 0;
            for (Future<Boolean> claim : pool.invokeAll(burst)) {
                winners += claim.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
