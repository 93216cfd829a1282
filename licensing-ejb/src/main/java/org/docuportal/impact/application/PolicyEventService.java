package org.docuportal.impact.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.PolicyEvent;
import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/** The policy-impact log: platform administrators record, list and delete official discussions linked to a film. */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class PolicyEventService {

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

    /**
     * Records an event.
     *
     * @throws InvalidInputException naming {@code title}, {@code date}, {@code body}, {@code country},
     *                               {@code reference} or {@code note}
     */
    public PolicyEventView record(NewPolicyEvent form) {
        if (form == null) {
            throw InvalidInputException.of("title", "Name the film the event is linked to.");
        }
        Title title = titles.findBySlug(form.title() == null ? "" : form.title().strip())
                .orElseThrow(() -> InvalidInputException.of("title", "Name the film the event is linked to, by its address."));
        LocalDate date = CalendarDates.parse("date", form.date()).orElse(null);
        if (date != null && date.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw InvalidInputException.of("date", "An event is recorded once it is scheduled or has taken place.");
        }
        CountryCode country = null;
        if (form.country() != null && !form.country().isBlank()) {
            String code = form.country().strip().toUpperCase(Locale.ROOT);
            if (!CountryCode.isValid(code)) {
                throw InvalidInputException.of("country", "Use a two-letter ISO country code, or leave it empty for an"
                        + " international body.");
            }
            country = CountryCode.of(code);
        }
        try {
            PolicyEvent event = new PolicyEvent(title, date, form.body(), country, form.reference(), form.note(),
                    security.getCallerPrincipal().getName(), clock.instant());
            impact.add(event);
            PolicyEventView view = PolicyEventView.of(event);
            audit.record(AuditAction.POLICY_EVENT_RECORDED, subject(view), null, snapshot(view));
            return view;
        } catch (SurveyInputException e) {
            throw Surveys.invalid(e);
        }
    }

    /** The events of one film (by slug), or of all films when the slug is empty; latest first. */
    public List<PolicyEventView> events(String titleSlug) {
        Long titleId = null;
        if (titleSlug != null && !titleSlug.isBlank()) {
            titleId = titles.findBySlug(titleSlug.strip())
                    .orElseThrow(() -> InvalidInputException.of("title", "No film has the address given in title.")).id();
        }
        return impact.policyEvents(titleId).stream().map(PolicyEventView::of).toList();
    }

    public void delete(long id) {
        PolicyEvent event = impact.policyEvent(id).orElseThrow(() -> new NotFoundException("There is no policy event " + id + "."));
        PolicyEventView view = PolicyEventView.of(event);
        impact.remove(event);
        audit.record(AuditAction.POLICY_EVENT_DELETED, subject(view), snapshot(view), null);
    }

    private static AuditSubject subject(PolicyEventView e) {
        return AuditSubject.of(e.id(), e.title() + " · " + e.body());
    }

    private static Snapshot snapshot(PolicyEventView e) {
        return Snapshot.of().with("title", e.titleSlug()).with("date", e.date()).with("body", e.body())
                .with("country", e.country()).with("reference", e.reference()).with("note", e.note())
                .with("recordedBy", e.recordedBy());
    }

    /** Every film of the catalog, slug to title, in title order: the choice of film on the page. */
    public java.util.Map<String, String> films() {
        java.util.Map<String, String> films = new java.util.LinkedHashMap<>();
        impact.films().forEach(t -> films.put(t.slug(), t.title()));
        return films;
    }
}
