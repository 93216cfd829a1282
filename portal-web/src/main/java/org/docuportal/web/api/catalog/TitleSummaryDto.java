package org.docuportal.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title as listed in a catalog page. */
public record TitleSummaryDto(String slug, String title, String originalTitle, String synopsis,
                              Integer runtimeMinutes, Integer productionYear,
                              @Schema(enumeration = {"AVAILABLE", "IN_PRODUCTION"}) String status,
                              @Schema(enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}) String publication, String poster,
                              String originalLanguage, List<String> subjects, List<LanguageVersionDto> languageVersions) {
}
