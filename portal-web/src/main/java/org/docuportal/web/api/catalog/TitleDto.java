package org.docuportal.web.api.catalog;

import java.util.List;

/**
 * A title's full program details and its rights windows. {@code status} is the film's production
 * state (AVAILABLE, IN_PRODUCTION); {@code publication} whether the distributor shows it (DRAFT,
 * PUBLISHED, WITHDRAWN).
 */
public record TitleDto(String slug, String title, String originalTitle, List<String> alternateTitles, String synopsis,
                       Integer runtimeMinutes, Integer productionYear, String supplier,
                       String originalLanguage, String poster, String status, String publication, boolean licensable,
                       List<LanguageVersionDto> languageVersions, List<String> subjects,
                       List<AwardDto> awards, List<PressQuoteDto> pressQuotes,
                       List<RightsWindowDto> rightsWindows) {

    public record AwardDto(int year, String festival, String result, String category) {
    }

    public record PressQuoteDto(String quote, String source, String language) {
    }

    /**
     * A rights window. {@code countries} is empty when {@code worldwide}; {@code endDate} is
     * null when the right runs until further notice. Dates are inclusive.
     */
    public record RightsWindowDto(String rightType, boolean worldwide, List<String> countries,
                                  List<String> excludedCountries, String territory,
                                  String startDate, String endDate) {
    }
}
