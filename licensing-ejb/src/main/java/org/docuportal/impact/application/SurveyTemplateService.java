package org.docuportal.impact.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.impact.domain.SurveyTemplate;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The survey statements of each film: the distributor writes them; members read them before
 * opening a survey. A film without a template of its own gets {@link SurveyTemplate#GENERIC_ITEMS}.
 */
@Stateless
public class SurveyTemplateService {

    @Inject
    private AuditTrail audit;

    @Inject
    private ImpactRepository impact;

    @Inject
    private TitleRepository titles;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    public TemplateView template(String titleSlug) {
        Title title = title(titleSlug);
        return impact.templateOf(title.id())
                .map(t -> new TemplateView(title.slug(), title.title(), t.items(), false))
                .orElseGet(() -> new TemplateView(title.slug(), title.title(), SurveyTemplate.GENERIC_ITEMS, true));
    }

    /**
     * Replaces a film's statements; surveys already opened keep theirs.
     *
     * @throws InvalidInputException naming {@code items} or {@code items[i]}
     */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public TemplateView replace(String titleSlug, List<String> items) {
        Title title = title(titleSlug);
        String author = security.getCallerPrincipal().getName();
        Snapshot before = impact.templateOf(title.id()).map(t -> Snapshot.of().with("items", t.items())).orElse(null);
        try {
            impact.templateOf(title.id()).ifPresentOrElse(t -> t.replaceItems(items, author, clock.instant()),
                    () -> impact.add(new SurveyTemplate(title.id(), items, author, clock.instant())));
        } catch (SurveyInputException e) {
            throw Surveys.invalid(e);
        }
        audit.record(AuditAction.SURVEY_TEMPLATE_REPLACED, AuditSubject.of(title.slug(), title.title()), before,
                Snapshot.of().with("items", impact.templateOf(title.id()).orElseThrow().items()));
        return template(titleSlug);
    }

    /** Every film of the catalog, slug to title, in title order: the choice of film on the templates page. */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public Map<String, String> films() {
        Map<String, String> films = new LinkedHashMap<>();
        impact.films().forEach(t -> films.put(t.slug(), t.title()));
        return films;
    }

    private Title title(String slug) {
        return titles.findBySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new NotFoundException("No film has the address " + slug + "."));
    }
}
