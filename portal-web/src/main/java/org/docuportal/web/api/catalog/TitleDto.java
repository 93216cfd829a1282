package org.docuportal.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A title's full program details and its rights windows. {@code status} is the film's production
 * state (AVAILABLE, IN_PRODUCTION); {@code publication} whether the distributor shows it (DRAFT,
 * PUBLISHED, WITHDRAWN).
 */
public record TitleDto(@Schema(maxLength = 100, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
                       @Schema(maxLength = 300) String title, @Schema(maxLength = 300) String originalTitle,
                       @Schema(maxLength = 300, maxItems = 10) List<String> alternateTitles, @Schema(maxLength = 4000) String synopsis,
                       @Schema(minimum = "1", maximum = "2000") Integer runtimeMinutes,
                       @Schema(minimum = "1888", maximum = "2200") Integer productionYear, @Schema(maxLength = 200) String supplier,
                       @Schema(maxLength = 35, description = "BCP 47 language tag") String originalLanguage, String poster,
                       @Schema(enumeration = {"AVAILABLE", "IN_PRODUCTION"}) String status,
                       @Schema(enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}) String publication, boolean licensable,
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
    public record RightsWindowDto(@Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"}) String rightType, boolean worldwide, List<String> countries,
                                  List<String> excludedCountries, String territory,
                                  @Schema(format = "date") String startDate, @Schema(format = "date") String endDate) {
    }
}
