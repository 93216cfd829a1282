package org.docuportal.institution.application;

/** A supporting document to download. */
public record DocumentContent(String fileName, String contentType, byte[] content) {
}
