package org.docuportal.catalog.domain;

import java.util.List;

/**
 * Every program detail of a title, as one value, for {@link Title#replaceProgramDetails}: what the
 * studio's edit form and API replace together.
 *
 * @param originalTitle    the title in the original language and script, or null
 * @param alternateTitles  working titles and titles in other languages, searchable like the title
 * @param runtimeMinutes   null while not known
 * @param productionYear   null while not known
 * @param supplier         who supplies the film, or null
 * @param originalLanguage BCP 47 tag
 */
public record ProgramDetails(String title, String originalTitle, List<String> alternateTitles, String synopsis,
                             Integer runtimeMinutes, Integer productionYear, String supplier, String originalLanguage,
                             List<LanguageVersion> languageVersions, List<String> subjects, List<Award> awards,
                             List<PressQuote> pressQuotes) {

    public ProgramDetails {
        alternateTitles = List.copyOf(alternateTitles);
        languageVersions = List.copyOf(languageVersions);
        subjects = List.copyOf(subjects);
        awards = List.copyOf(awards);
        pressQuotes = List.copyOf(pressQuotes);
    }
}
