package org.docuportal.catalog.domain;

import java.util.List;

/**
 * Finds titles by their words: titles, original-script and alternate titles, subjects and
 * synopsis, with the variants people type (romanizations, Korean, Japanese and Chinese script,
 * subject synonyms). It only ranks: which titles a visitor may see and the other filters stay
 * with the {@link TitleRepository}.
 */
public interface TitleTextIndex {

    /**
     * The ids of all titles matching the words, best match first; empty when nothing matches or the
     * text holds nothing searchable (only punctuation, say).
     */
    List<Long> rank(String text);
}
