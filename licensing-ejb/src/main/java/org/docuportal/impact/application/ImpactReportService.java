package org.docuportal.impact.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.impact.domain.AnswerCounts;
import org.docuportal.impact.domain.ImpactIndicators;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.PolicyEvent;
import org.docuportal.impact.domain.PolicyImpact;
import org.docuportal.impact.domain.Screening;
import org.docuportal.impact.domain.ScreeningSample;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.config.Setting;

/**
 * The impact report of a film: perception-change indicators of its closed screenings
 * ({@link ImpactIndicators}, which hides small groups) and the policy-impact count.
 *
 * <p>Platform administrators see every institution's screenings. An institution's administrator
 * sees only the institution's own screenings, and the film, country and type groups are built from
 * those alone, so no other institution's answers reach them. Only closed screenings count: an
 * open one still changes with every answer, and two reports a minute apart would show what one
 * participant answered.
 */
@Stateless
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.INSTITUTION_ADMIN})
public class ImpactReportService {

    static final int DEFAULT_MIN_GROUP_SIZE = 5;

    @Inject
    private ImpactRepository impact;

    @Inject
    private TitleRepository titles;

    @Inject
    private CallerMembership caller;

    @Inject
    private SecurityContext security;

    /**
     * The report of the film with that slug.
     *
     * @throws InvalidInputException naming {@code title} when it is missing or names no film
     */
    public ImpactReport report(String titleSlug) {
        if (titleSlug == null || titleSlug.isBlank()) {
            throw InvalidInputException.of("title", "Name the film: title=<its address>, for example kim-il-sungs-children.");
        }
        Title title = titles.findBySlug(titleSlug.strip())
                .orElseThrow(() -> InvalidInputException.of("title", "No film has the address given in title."));
        Institution scope = security.isCallerInRole(Role.Names.PLATFORM_ADMIN) ? null : caller.requireAdministrator().institution();
        List<Screening> screenings = impact.screeningsOfTitle(title.id(), scope == null ? null : scope.id());
        List<ScreeningSample> closed = screenings.stream().filter(s -> !s.isOpen()).map(this::sample).toList();
        ImpactIndicators indicators = new ImpactIndicators(Setting.REPORTS_MIN_GROUP_SIZE.intValueOr(DEFAULT_MIN_GROUP_SIZE));
        long policy = PolicyImpact.eventsWithinSixMonths(screenings.stream().map(Screening::screeningDate).toList(),
                impact.policyEvents(title.id()).stream().map(PolicyEvent::date).toList());
        return new ImpactReport(title.slug(), title.title(), scope == null ? null : scope.name(), indicators.minimumGroupSize(),
                closed.size(), screenings.size() - closed.size(), indicators.groups(title.slug(), closed), policy);
    }

    private ScreeningSample sample(Screening s) {
        AnswerCounts counts = impact.answerCounts(s);
        return new ScreeningSample(s.id(), s.screeningDate(), s.institution().name(), s.country(), s.institutionType(),
                s.items(), counts.before(), counts.after(), impact.pairsOf(s));
    }

    /** Every film of the catalog, slug to title, in title order: the choice of film on the page. */
    public java.util.Map<String, String> films() {
        java.util.Map<String, String> films = new java.util.LinkedHashMap<>();
        impact.films().forEach(t -> films.put(t.slug(), t.title()));
        return films;
    }
}
