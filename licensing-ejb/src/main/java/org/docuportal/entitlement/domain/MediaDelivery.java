package org.docuportal.entitlement.domain;

import java.time.Instant;

/**
 * Where a title's encrypted HLS set is served from, and how access to it is granted and checked:
 * a plugin point, found by CDI. The built-in deliveries are the portal itself and an nginx edge
 * that checks the same HMAC tokens; a CDN's signed URLs or cookies would be another implementation,
 * chosen by its {@link #id()} in the {@code portal.media.delivery} setting.
 */
public interface MediaDelivery {

    /** The name under which the setting {@code portal.media.delivery} picks this delivery. */
    String id();

    /** Access to the title's media under the entitlement until {@code expiresAt}. */
    PlaybackAccess grant(String titleSlug, String entitlement, Instant expiresAt);

    /** What a token presented on the title's playlist or key path allows at that moment. */
    TokenVerdict check(String token, String titleSlug, Instant now);
}
