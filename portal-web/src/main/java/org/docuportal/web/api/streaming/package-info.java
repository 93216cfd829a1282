/**
 * Streaming API: playback sessions (start, heartbeat, end), the portal-served media with its
 * token checks, and screener requests and decisions.
 */
package org.docuportal.web.api.streaming;
