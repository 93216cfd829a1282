package org.docuportal.account.application;

import java.io.Serializable;
import java.time.Instant;

/** What an owner sees of one of their API tokens: never the secret. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt) implements Serializable {

    public boolean active() {
        return revokedAt == null;
    }
}
