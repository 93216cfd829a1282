package org.docuportal.media.domain;

import java.io.Serializable;

/** One thing wrong in an uploaded subtitle file, at a line (1-based) of the file as uploaded. */
public record SubtitleProblem(int line, String message) implements Serializable {
}
