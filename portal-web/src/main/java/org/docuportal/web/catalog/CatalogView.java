package org.docuportal.web.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.CatalogFacets;
import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.RightType;

/**
 * The catalog page. Every filter is a query parameter, so a search can be bookmarked and
 * shared with colleagues; the page runs one search per request in {@link #load()}.
 */
@Named
@RequestScoped
public class CatalogView {

    static final int PAGE_SIZE = 12;

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    private String q;
    private String subject;
    private String language;
    private String runtime;
    private String rightType;
    private String country;
    private int page = 1;

    private CatalogPage results;
    private CatalogFacets facets;

    /** Runs the search; unknown filter values are ignored rather than failing the page. */
    public void load() {
        facets = catalog.facets();
        RuntimeBand band = RuntimeBand.parse(runtime);
        RightType right = parseRight(rightType);
        CountryCode where = CountryCode.isValid(country) ? CountryCode.of(country) : null;
        if (right == null || where == null) {
            right = null;
        }
        String lang = language == null || language.isBlank() ? null : safeLanguage(language);
        page = Math.max(page, 1);
        results = catalog.search(new CatalogSearch(q, subject, lang, band.min(), band.max(), right, where,
                right == null ? null : LocalDate.now(clock), page - 1, PAGE_SIZE));
    }

    private static RightType parseRight(String value) {
        return Arrays.stream(RightType.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
    }

    private static String safeLanguage(String tag) {
        try {
            return LanguageTags.normalize(tag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A right was chosen without a country: the filter cannot apply, and the page says so. */
    public boolean isRightWithoutCountry() {
        return parseRight(rightType) != null && !CountryCode.isValid(country);
    }

    public boolean isFiltered() {
        return notBlank(q) || notBlank(subject) || notBlank(language) || notBlank(runtime) || notBlank(rightType);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public List<LanguageOption> getLanguageOptions() {
        return facets.languages().stream().map(t -> new LanguageOption(t, LanguageTags.englishName(t)))
                .sorted(Comparator.comparing(LanguageOption::name)).toList();
    }

    public List<RightType> getRightTypes() {
        return Arrays.asList(RightType.values());
    }

    public List<CountryOption> getCountries() {
        return CountryOptions.ALL;
    }

    /** A card's alternate titles on one line. */
    public String joined(java.util.List<String> values) {
        return String.join(" · ", values);
    }

    public String languageName(String tag) {
        return LanguageTags.englishName(tag);
    }

    /** A card's poster: an uploaded one at the card's width (240 pixels, see PostersResource), any other as it is. */
    public String cardPoster(String posterPath) {
        return posterPath != null && posterPath.startsWith("/api/posters/") ? posterPath.replace("/480?v=", "/240?v=") : posterPath;
    }

    public CatalogPage getResults() {
        return results;
    }

    public List<String> getSubjects() {
        return facets.subjects();
    }

    public int getTotalPages() {
        return Math.max(results.totalPages(), 1);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getRuntime() {
        return runtime;
    }

    public void setRuntime(String runtime) {
        this.runtime = runtime;
    }

    public String getRightType() {
        return rightType;
    }

    public void setRightType(String rightType) {
        this.rightType = rightType;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** A language filter choice. */
    public record LanguageOption(String tag, String name) {
    }
}
