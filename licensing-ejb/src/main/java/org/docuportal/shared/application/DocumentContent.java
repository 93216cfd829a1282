package org.docuportal.shared.application;

/**
 * A document handed to a caller as a download: a supporting document, a stamped study guide.
 *
 * @param fileName the name to save it under; plain, with no path
 * @param contentType its media type
 * @param content its bytes
 */
public record DocumentContent(String fileName, String contentType, byte[] content) {
}
