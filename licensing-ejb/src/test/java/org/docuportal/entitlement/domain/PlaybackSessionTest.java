package org.docuportal.entitlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlaybackSessionTest {

    static final Instant START = Instant.parse("2026-11-30T23:59:00Z");
    static final Duration LEASE = Duration.ofSeconds(90);
    static final Entitlement ENTITLEMENT = new Entitlement("license-12", 7, "film", 3L, "KR", 2, START.plus(Duration.ofDays(30)));

    private final PlaybackSession session = PlaybackSession.underLicense(ENTITLEMENT, 12, "teacher@school.example", "192.0.2.7",
            START, LEASE);

    @Test
    void itHoldsAStreamForOneLeaseAndIsCountedInTheMonthItStarted() {
        assertThat(session.isLive(START.plusSeconds(89))).isTrue();
        assertThat(session.isLive(START.plusSeconds(90))).isFalse();
        assertThat(session.usageMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(session.entitlement()).isEqualTo("license-12");
    }

    @Test
    void aHeartbeatExtendsTheLeaseAndAddsTheMinutesWatched() {
        session.renew(START.plusSeconds(30), LEASE, 30, 30, false);
        session.renew(START.plusSeconds(60), LEASE, 29, 59, false);

        assertThat(session.isLive(START.plusSeconds(149))).isTrue();
        assertThat(session.watchedSeconds()).isEqualTo(59);
        assertThat(session.lastPosition()).isEqualTo(59);
        assertThat(session.isCompleted()).isFalse();
    }

    @Test
    void aPlayerCannotClaimMoreWatchingThanTimePassed() {
        session.renew(START.plusSeconds(30), LEASE, 5_000, 30, false);

        assertThat(session.watchedSeconds()).isLessThanOrEqualTo(31);
    }

    @Test
    void anAbandonedLeaseCannotBeRenewedAndFreesItsStream() {
        assertThatThrownBy(() -> session.renew(START.plusSeconds(91), LEASE, 30, 30, false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEndedSessionIsNotLiveAndRecordsCompletion() {
        session.renew(START.plusSeconds(30), LEASE, 30, 30, true);
        session.end(START.plusSeconds(31));

        assertThat(session.isLive(START.plusSeconds(32))).isFalse();
        assertThat(session.isCompleted()).isTrue();
        assertThat(session.endedAt()).isEqualTo(START.plusSeconds(31));
    }

    @Test
    void noTokenOutlivesTheEntitlement() {
        assertThat(ENTITLEMENT.boundExpiry(ENTITLEMENT.endsAt().plusSeconds(120))).isEqualTo(ENTITLEMENT.endsAt());
        assertThat(ENTITLEMENT.boundExpiry(START.plusSeconds(120))).isEqualTo(START.plusSeconds(120));
    }
}
