package org.docuportal.catalog.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quotation from the press about a title, with its source and the language it was written in. */
@Embeddable
public class PressQuote implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest quotation and source: the columns' sizes. */
    public static final int MAX_QUOTE = 2000;
    public static final int MAX_SOURCE = 200;

    @Column(name = "quote", nullable = false, length = 2000)
    private String quote;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "language_tag", nullable = false, length = 35)
    private String language;

    protected PressQuote() {
    }

    public PressQuote(String quote, String source, String language) {
        this.quote = Text.limited(quote, "quote", MAX_QUOTE);
        this.source = Text.limited(source, "source", MAX_SOURCE);
        this.language = LanguageTags.normalize(language);
    }

    public String quote() {
        return quote;
    }

    public String source() {
        return source;
    }

    public String language() {
        return language;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PressQuote other && quote.equals(other.quote) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quote, source);
    }
}
