package org.docuportal.web.api.catalog;

import java.util.List;

/** A title as listed in a catalog page. */
public record TitleSummaryDto(String slug, String title, String originalTitle, String synopsis,
                              Integer runtimeMinutes, Integer productionYear, String status, String publication, String poster,
                              String originalLanguage, List<String> subjects, List<LanguageVersionDto> languageVersions) {
}
