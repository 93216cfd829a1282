package org.docuportal.web.api.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A chapter: {@code start} as {@code HH:MM:SS} (or {@code MM:SS}, optional {@code .mmm}) and its name. */
@Schema(name = "Chapter")
public record ChapterDto(@Schema(required = true, pattern = "^([0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(\\.[0-9]{1,3})?$", example = "00:12:30")
                         String start,
                         @Schema(required = true, maxLength = 200) String name) {
}
