package org.docuportal.account.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets one request a minute, per account or token, write down "last used" or "last login".
 *
 * <p>Scripts call in bursts with one credential. If every request of a burst wrote the same row,
 * they would queue on its database lock and collide on its version, and under EclipseLink's shared
 * cache such a queue was seen to stall readers of the account for many seconds. The entity's own
 * minute granularity catches most repeats; this catches the requests of one burst, which all read
 * the row before any of them wrote it. Per server: with several servers each may write once a minute.
 */
@ApplicationScoped
public class UseRecordingThrottle {

    private final Map<String, Instant> lastClaims = new ConcurrentHashMap<>();

    /**
     * Whether the caller is the one to write for {@code key} now: true at most once per
     * {@code granularity} for each key.
     */
    public boolean claim(String key, Instant now, Duration granularity) {
        Instant[] won = new Instant[1];
        lastClaims.compute(key, (k, last) -> {
            if (last == null || !last.isAfter(now.minus(granularity))) {
                won[0] = now;
                return now;
            }
            return last;
        });
        return won[0] != null;
    }
}
