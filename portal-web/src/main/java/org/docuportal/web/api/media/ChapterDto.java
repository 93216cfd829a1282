package org.docuportal.web.api.media;

/** A chapter: {@code start} as {@code HH:MM:SS} (or {@code MM:SS}, optional {@code .mmm}) and its name. */
public record ChapterDto(String start, String name) {
}
