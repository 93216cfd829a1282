/**
 * Streaming entitlements: what lets someone watch a title now (an active license of their
 * institution, or an approved screener), the playback sessions that lease one of its concurrent
 * streams, and the short-lived signed tokens that open a title's playlists and key.
 *
 * <p>Tokens are plain HMAC-SHA256 over the title's path segment, the entitlement and the expiry
 * ({@link org.docuportal.entitlement.domain.PlaybackTokens}), so an edge server such as nginx can
 * check them with the shared secret and no call to the portal. How tokens and playlist addresses
 * are handed out sits behind {@link org.docuportal.entitlement.domain.MediaDelivery}, a CDI plugin.
 */
package org.docuportal.entitlement.domain;
