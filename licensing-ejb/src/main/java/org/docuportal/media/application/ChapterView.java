package org.docuportal.media.application;

import java.io.Serializable;

/** A chapter as the API and editor show it: {@code start} as {@code HH:MM:SS}, and its name. */
public record ChapterView(String start, String name) implements Serializable {
}
