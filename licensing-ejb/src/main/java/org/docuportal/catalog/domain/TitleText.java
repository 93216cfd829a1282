package org.docuportal.catalog.domain;

import java.util.List;

/**
 * The words of one title that the catalog's free-text search looks in, whatever its publication
 * state: the search index holds every title and the database's filters decide who sees which.
 *
 * @param originalTitle null when the title has none
 */
public record TitleText(long id, String title, String originalTitle, List<String> alternateTitles,
                        String synopsis, List<String> subjects) {

    public TitleText {
        alternateTitles = List.copyOf(alternateTitles);
        subjects = List.copyOf(subjects);
    }
}
