package org.docuportal.curriculum.application;

/** A format guides may be written in, for the editor's choice: {@code markdown}, "Markdown", {@code text/markdown}. */
public record FormatView(String name, String label, String mediaType) {
}
