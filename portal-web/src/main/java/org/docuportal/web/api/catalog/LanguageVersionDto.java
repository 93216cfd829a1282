package org.docuportal.web.api.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A language the title is offered in: BCP 47 tag, English name, AUDIO or SUBTITLES. */
public record LanguageVersionDto(@Schema(maxLength = 35) String language, String name,
                                 @Schema(enumeration = {"AUDIO", "SUBTITLES"}) String kind) {
}
