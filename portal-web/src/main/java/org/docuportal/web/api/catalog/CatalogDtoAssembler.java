package org.docuportal.web.api.catalog;

import java.util.List;

import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.domain.CatalogEntry;
import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.LanguageVersion;

/** Maps catalog views to the API's DTOs. */
public final class CatalogDtoAssembler {

    private CatalogDtoAssembler() {
    }

    static TitlePageDto toDto(CatalogPage page) {
        return new TitlePageDto(page.entries().stream().map(CatalogDtoAssembler::toDto).toList(),
                page.page(), page.size(), page.totalEntries(), page.totalPages());
    }

    static TitleSummaryDto toDto(CatalogEntry e) {
        return new TitleSummaryDto(e.slug(), e.title(), e.originalTitle(), e.synopsis(), e.runtimeMinutes(),
                e.productionYear(), e.status().name(), e.publication().name(), e.posterPath(), e.originalLanguage(), e.subjects(),
                languages(e.languageVersions()));
    }

    public static TitleDto toDto(TitleDetails t) {
        return new TitleDto(t.slug(), t.title(), t.originalTitle(), t.alternateTitles(), t.synopsis(), t.runtimeMinutes(),
                t.productionYear(), t.supplier(), t.originalLanguage(), t.posterPath(), t.status().name(),
                t.publication().name(), t.licensable(), languages(t.languageVersions()), t.subjects(),
                t.awards().stream()
                        .map(a -> new TitleDto.AwardDto(a.year(), a.festival(), a.result().name(), a.category()))
                        .toList(),
                t.pressQuotes().stream()
                        .map(q -> new TitleDto.PressQuoteDto(q.quote(), q.source(), q.language()))
                        .toList(),
                t.rightsWindows().stream()
                        .map(w -> new TitleDto.RightsWindowDto(w.rightType().name(), w.territory().worldwide(),
                                codes(w.territory().countries()), codes(w.territory().excluded()),
                                w.territory().describe(), w.startDate().toString(),
                                w.endDate() == null ? null : w.endDate().toString()))
                        .toList());
    }

    private static List<LanguageVersionDto> languages(List<LanguageVersion> versions) {
        return versions.stream()
                .map(v -> new LanguageVersionDto(v.language(), LanguageTags.englishName(v.language()), v.kind().name()))
                .toList();
    }

    private static List<String> codes(java.util.Set<CountryCode> codes) {
        return codes.stream().map(CountryCode::code).toList();
    }
}
