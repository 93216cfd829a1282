package org.docuportal.web.catalog;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.application.CallerEligibilityService;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;
import jakarta.security.enterprise.SecurityContext;
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

    @Inject
    private CallerEligibilityService eligibility;

    @Inject
    private SecurityContext security;

    private String slug;
    private String country;
    private String right;
    private String start;
    private Integer months;
    private TitleDetails title;
    private EligibilityDecision decision;
    private String eligibilityProblem;

    public void load() throws IOException {
        try {
            title = catalog.details(slug == null ? "" : slug);
            if (security.getCallerPrincipal() != null) {
                checkEligibility();
            }
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The verdict for the signed-in member's institution, for the right and term in the page's form. */
    private void checkEligibility() {
        RightType chosen = Arrays.stream(RightType.values()).filter(r -> r.name().equals(right)).findFirst()
                .orElseGet(eligibility::usualRight);
        right = chosen.name();
        LocalDate from = LocalDate.now(clock);
        try {
            from = CalendarDates.parse("start", start).orElse(from);
        } catch (InvalidInputException e) {
            eligibilityProblem = "Give the start date as YYYY-MM-DD, for example " + from + ".";
            return;
        }
        start = from.toString();
        months = months == null ? 12 : months;
        try {
            decision = eligibility.evaluate(slug, chosen, from, months, Locale.ENGLISH);
        } catch (InvalidInputException e) {
            eligibilityProblem = e.violations().get(0).message();
        }
    }

    public List<RightType> getLicensableRights() {
        return List.of(RightType.EDUCATIONAL, RightType.NON_THEATRICAL);
    }

    /** Whether the signed-in member's institution is eligible for the right and term in the form. */
    public boolean isEligible() {
        return decision != null && decision.eligible();
    }

    public EligibilityDecision getDecision() {
        return decision;
    }

    public String getEligibilityProblem() {
        return eligibilityProblem;
    }

    public String getRight() {
        return right;
    }

    public void setRight(String right) {
        this.right = right;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
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
