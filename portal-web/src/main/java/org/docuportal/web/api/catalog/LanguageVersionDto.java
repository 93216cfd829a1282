package org.docuportal.web.api.catalog;

/** A language the title is offered in: BCP 47 tag, English name, AUDIO or SUBTITLES. */
public record LanguageVersionDto(String language, String name, String kind) {
}
