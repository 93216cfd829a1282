package org.docuportal.catalog.domain;

import java.util.List;

/**
 * A title as the catalog lists it: enough to choose, not the whole record. Its alternate titles
 * are listed so that a search that found it by one of them (金日成, Kim Ilsung) shows why.
 * Read in a fixed number of queries per page, however many titles there are.
 */
public record CatalogEntry(String slug, String title, String originalTitle, String synopsis,
                           Integer runtimeMinutes, Integer productionYear, TitleStatus status,
                           TitlePublication publication, String posterPath, String originalLanguage,
                           List<String> subjects, List<LanguageVersion> languageVersions, List<String> alternateTitles) {

    public CatalogEntry {
        subjects = List.copyOf(subjects);
        alternateTitles = List.copyOf(alternateTitles);
        languageVersions = List.copyOf(languageVersions);
    }
}
