package org.docuportal.web.catalog;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.shared.application.NotFoundException;

/**
 * A title's page: program details, awards, press and rights. With {@code country} it also
 * says which rights are available in that country today.
 */
@Named
@RequestScoped
public class TitleView {

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    private String slug;
    private String country;
    private TitleDetails title;

    public void load() throws IOException {
        try {
            title = catalog.details(slug == null ? "" : slug);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isCountryChosen() {
        return CountryCode.isValid(country);
    }

    public String getCountryName() {
        return isCountryChosen() ? CountryCode.of(country).englishName() : "";
    }

    /** Whether the window is open today and covers the chosen country. */
    public boolean availableInCountry(TitleDetails.Rights rights) {
        return isCountryChosen() && rights.isAvailableIn(CountryCode.of(country), LocalDate.now(clock));
    }

    public String languageName(String tag) {
        return LanguageTags.englishName(tag);
    }

    public List<CountryOption> getCountries() {
        return CountryOptions.ALL;
    }

    public TitleDetails getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
