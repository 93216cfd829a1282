package org.docuportal.media.domain;

/** A chapter: where it starts, in milliseconds from the start of the film, and its name. */
public record Chapter(long startMillis, String name) {
}
