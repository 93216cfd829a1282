package org.docuportal.entitlement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.shared.domain.NetworkAddress;

/**
 * One playback of a title: a lease on one of its entitlement's concurrent streams, renewed by the
 * player's heartbeat, and afterwards the record of the play for the usage reports (started in a
 * month, minutes watched, completed or not, by title, institution and country).
 *
 * <p>A lease that is not renewed within its lifetime frees its stream by itself: liveness is
 * "not ended and renewed recently", so an abandoned player needs no clean-up job. The id is a
 * random UUID, which the player presents to renew the lease.
 *
 * <p>The viewer's network address is kept only as its network ({@link NetworkAddress}): the full
 * address serves the campus check when the session starts and at each heartbeat, and is never stored.
 */
@Entity
@Table(name = "playback_session")
public class PlaybackSession {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "entitlement", nullable = false, length = 64)
    private String entitlement;

    @Column(name = "license_id")
    private Long licenseId;

    @Column(name = "screener_id")
    private Long screenerId;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "viewer", nullable = false, length = 320)
    private String viewer;

    /** The viewer's network (IPv4 /24, IPv6 /48), never the full address. */
    @Column(name = "client_address", length = 45)
    private String clientNetwork;

    @Column(name = "usage_month", nullable = false)
    private LocalDate usageMonth;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "renewed_at", nullable = false)
    private Instant renewedAt;

    @Column(name = "lease_expires_at", nullable = false)
    private Instant leaseExpiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "watched_seconds", nullable = false)
    private int watchedSeconds;

    @Column(name = "last_position", nullable = false)
    private int lastPosition;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected PlaybackSession() {
    }

    private PlaybackSession(Entitlement entitlement, Long licenseId, Long screenerId, String viewer, String clientAddress,
                            Instant now, Duration lease) {
        this.id = UUID.randomUUID().toString();
        this.entitlement = entitlement.reference();
        this.licenseId = licenseId;
        this.screenerId = screenerId;
        this.titleId = entitlement.titleId();
        this.institutionId = entitlement.institutionId();
        this.country = entitlement.country();
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clientNetwork = NetworkAddress.truncated(clientAddress);
        this.usageMonth = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        this.startedAt = now;
        this.renewedAt = now;
        this.leaseExpiresAt = now.plus(lease);
    }

    /** A session under an institution's license. */
    public static PlaybackSession underLicense(Entitlement entitlement, long licenseId, String viewer, String clientAddress,
                                               Instant now, Duration lease) {
        return new PlaybackSession(entitlement, licenseId, null, viewer, clientAddress, now, lease);
    }

    /** A session under an approved screener. */
    public static PlaybackSession underScreener(Entitlement entitlement, long screenerId, String viewer, String clientAddress,
                                                Instant now, Duration lease) {
        return new PlaybackSession(entitlement, null, screenerId, viewer, clientAddress, now, lease);
    }

    /** Whether it still holds one of the entitlement's streams. */
    public boolean isLive(Instant now) {
        return endedAt == null && leaseExpiresAt.isAfter(now);
    }

    /**
     * Renews the lease for another lifetime and records what the player reports since the last
     * renewal. Reported watching is capped at the time that really passed, so a player cannot
     * inflate the minutes in the usage reports.
     *
     * @throws IllegalStateException when the lease has ended or lapsed; the player must start a new session
     */
    public void renew(Instant now, Duration lease, int secondsWatchedSinceLastBeat, int position, boolean completed) {
        if (!isLive(now)) {
            throw new IllegalStateException("the playback session has ended");
        }
        long elapsed = Math.max(0, Duration.between(renewedAt, now).toSeconds()) + 1;
        watchedSeconds += (int) Math.min(Math.max(0, secondsWatchedSinceLastBeat), elapsed);
        lastPosition = Math.max(0, position);
        if (completed && completedAt == null) {
            completedAt = now;
        }
        renewedAt = now;
        leaseExpiresAt = now.plus(lease);
    }

    /** Ends the session and frees its stream; ending twice changes nothing. */
    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now.isBefore(leaseExpiresAt) ? now : leaseExpiresAt;
        }
    }

    public String id() {
        return id;
    }

    public String entitlement() {
        return entitlement;
    }

    public Long licenseId() {
        return licenseId;
    }

    public Long screenerId() {
        return screenerId;
    }

    public long titleId() {
        return titleId;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String viewer() {
        return viewer;
    }

    /** The network the play came from, as stored: truncated, or null. */
    public String clientNetwork() {
        return clientNetwork;
    }

    public LocalDate usageMonth() {
        return usageMonth;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant renewedAt() {
        return renewedAt;
    }

    public Instant leaseExpiresAt() {
        return leaseExpiresAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public int watchedSeconds() {
        return watchedSeconds;
    }

    public int lastPosition() {
        return lastPosition;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
