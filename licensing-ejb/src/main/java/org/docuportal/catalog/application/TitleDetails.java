package org.docuportal.catalog.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.docuportal.catalog.domain.Award;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.PressQuote;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.catalog.domain.TitleStatus;

/** A title's whole public record, read in one transaction and safe to hand to any layer. */
public record TitleDetails(String slug, String title, String originalTitle, List<String> alternateTitles, String synopsis,
                           Integer runtimeMinutes, Integer productionYear, String supplier,
                           String originalLanguage, String posterPath, TitleStatus status,
                           TitlePublication publication, boolean licensable,
                           List<LanguageVersion> languageVersions, List<String> subjects,
                           List<Award> awards, List<PressQuote> pressQuotes, List<Rights> rightsWindows)
                                   implements Serializable {

    /** One rights window: the right, where, and from when until when (null: until further notice). */
    public record Rights(RightType rightType, Territory territory, LocalDate startDate, LocalDate endDate)
            implements Serializable {

        /** The same rule as {@link RightsWindow#isAvailableIn}, for a window already read. */
        public boolean isAvailableIn(CountryCode country, LocalDate date) {
            return RightsWindow.isOpenOn(startDate, endDate, date) && territory.covers(country);
        }
    }

    /**
     * Reads the title; audio before subtitles, and rights in the order of {@link RightType}, so
     * that the rights institutions license here come first.
     */
    static TitleDetails of(Title t) {
        return new TitleDetails(t.slug(), t.title(), t.originalTitle(), List.copyOf(t.alternateTitles()), t.synopsis(),
                t.runtimeMinutes(), t.productionYear(), t.supplier(), t.originalLanguage(), t.posterPath(), t.status(),
                t.publication(), t.isLicensable(),
                t.languageVersions().stream()
                        .sorted(Comparator.comparing(LanguageVersion::kind).thenComparing(LanguageVersion::language))
                        .toList(),
                List.copyOf(t.subjects()), List.copyOf(t.awards()), List.copyOf(t.pressQuotes()),
                t.rightsWindows().stream()
                        .map(w -> new Rights(w.rightType(), w.territory(), w.startDate(), w.endDate()))
                        .sorted(Comparator.comparing(Rights::rightType).thenComparing(Rights::startDate))
                        .toList());
    }
}
