package org.docuportal.account.application;

import java.time.Instant;

/**
 * What the first administrator's bootstrap did.
 *
 * @param link      the one-time set-password link, when one was issued
 * @param expiresAt when that link stops working
 * @param refusal   why nothing was done, when nothing was
 */
public record BootstrapOutcome(String email, String link, Instant expiresAt, String refusal) {

    static BootstrapOutcome issued(String email, String link, Instant expiresAt) {
        return new BootstrapOutcome(email, link, expiresAt, null);
    }

    static BootstrapOutcome refused(String email, String refusal) {
        return new BootstrapOutcome(email, null, null, refusal);
    }

    public boolean isIssued() {
        return link != null;
    }
}
