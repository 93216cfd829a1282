package org.docuportal.account.domain;

import java.time.Instant;

/**
 * An account's failed logins and lock as the database holds them right now, read past any cache:
 * another server may have counted the failure that locked it a moment ago.
 *
 * @param failedLogins failed logins in a row since the last success or lock
 * @param lockedUntil when the lock ends; null when never locked or cleared since
 */
public record LoginState(int failedLogins, Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether failures (or an ended lock) wait to be cleared by the next successful login. */
    public boolean hasFailuresToClear() {
        return failedLogins > 0 || lockedUntil != null;
    }
}
