package org.docuportal.catalog.domain;

/** How a language is offered: as a dubbed or original audio track, or as subtitles. */
public enum LanguageKind {
    AUDIO,
    SUBTITLES
}
