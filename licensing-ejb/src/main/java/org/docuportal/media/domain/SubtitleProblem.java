package org.docuportal.media.domain;

/** One thing wrong in an uploaded subtitle file, at a line (1-based) of the file as uploaded. */
public record SubtitleProblem(int line, String message) {
}
