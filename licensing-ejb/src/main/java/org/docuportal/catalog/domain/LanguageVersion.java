package org.docuportal.catalog.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language a title is offered in, as audio or subtitles; {@code language} is a BCP 47 tag such as {@code ko}. */
@Embeddable
public class LanguageVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "language_tag", nullable = false, length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private LanguageKind kind;

    protected LanguageVersion() {
    }

    public LanguageVersion(String language, LanguageKind kind) {
        this.language = LanguageTags.normalize(language);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String language() {
        return language;
    }

    public LanguageKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageVersion other && language.equals(other.language) && kind == other.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, kind);
    }

    @Override
    public String toString() {
        return language + " " + kind.name().toLowerCase(Locale.ROOT);
    }
}
