package org.docuportal.entitlement.infrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.entitlement.domain.PlaybackTokens;
import org.docuportal.shared.config.Setting;

/**
 * The streaming settings, read once at start: where the media folder is, how long tokens and
 * leases last, and the token signer built from the configured secret.
 *
 * <p>Without a configured secret a random one is drawn at start: enough for the portal serving
 * its own media on one node (a restart only makes players fetch a new token at their next
 * heartbeat), but an edge or a second node needs the shared secret, which is why the edge
 * delivery refuses to work without it.
 */
@ApplicationScoped
public class StreamingSettings {

    private static final Logger LOG = Logger.getLogger(StreamingSettings.class.getName());

    private Path mediaRoot;
    private Duration tokenLifetime;
    private Duration leaseLifetime;
    private Duration screenerLength;
    private PlaybackTokens tokens;
    private boolean secretConfigured;

    @PostConstruct
    void read() {
        mediaRoot = Setting.MEDIA_DIR.value().map(Path::of)
                .orElseGet(() -> Path.of(Setting.DATA_DIR.valueOr("./data")).resolve("media"))
                .toAbsolutePath().normalize();
        tokenLifetime = Duration.ofSeconds(Setting.STREAMING_TOKEN_SECONDS.intValueOr(120));
        leaseLifetime = Duration.ofSeconds(Setting.STREAMING_LEASE_SECONDS.intValueOr(90));
        screenerLength = Duration.ofHours(Setting.SCREENER_HOURS.intValueOr(72));
        byte[] secret = Setting.MEDIA_TOKEN_SECRET.value().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        secretConfigured = secret != null;
        if (secret == null) {
            secret = new byte[PlaybackTokens.MINIMUM_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            LOG.info("No portal.media.token-secret configured: playback tokens are signed with a random secret"
                    + " of this start (fine for one node serving its own media; an edge needs the shared secret)");
        }
        tokens = new PlaybackTokens(secret);
    }

    public Path mediaRoot() {
        return mediaRoot;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public Duration leaseLifetime() {
        return leaseLifetime;
    }

    /** How often the player should renew its lease: three times per lease lifetime, so one lost beat is harmless. */
    public Duration heartbeatInterval() {
        return leaseLifetime.dividedBy(3);
    }

    public Duration screenerLength() {
        return screenerLength;
    }

    public PlaybackTokens tokens() {
        return tokens;
    }

    public boolean isSecretConfigured() {
        return secretConfigured;
    }
}
