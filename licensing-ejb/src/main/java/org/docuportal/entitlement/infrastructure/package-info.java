/**
 * Streaming infrastructure: JPA storage of sessions and screeners, the built-in media deliveries
 * (the portal itself, an nginx edge), the media folder with each title's encrypted HLS set and key,
 * and the configured token secret.
 */
package org.docuportal.entitlement.infrastructure;
