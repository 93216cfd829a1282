package org.docuportal.eligibility.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.application.TitleLookup;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Title;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Membership;
import org.docuportal.shared.application.InvalidInputException;

/**
 * "May my institution license this title, and why?" for the signed-in caller: builds the
 * eligibility request from the caller's own membership (never another institution's) and the
 * title's rights windows, and lets every rule answer.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class CallerEligibilityService {

    /** The longest term anyone may ask about, in months. */
    public static final int MAX_MONTHS = 120;

    @Inject
    private TitleLookup lookup;

    @Inject
    private CallerMembership caller;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private Clock clock;

    public EligibilityDecision evaluate(String slug, RightType right, LocalDate start, int months, Locale locale) {
        if (right == null) {
            throw InvalidInputException.of("rightType", "Choose the right to license: EDUCATIONAL or NON_THEATRICAL.");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidInputException.of("months", "The term is 1 to " + MAX_MONTHS + " months.");
        }
        Title title = lookup.require(slug);
        LocalDate today = LocalDate.now(clock);
        EligibilityRequest.Builder request = EligibilityRequest.builder()
                .title(EligibilityRequest.TitleRights.of(title))
                .right(right)
                .term(start == null ? today : start, months)
                .today(today);
        caller.find().ifPresent(membership -> request
                .institution(membership.institution().name(), membership.institution().type(),
                        membership.institution().status(), membership.institution().country())
                .member(membership.role(), membership.isActive()));
        return eligibility.evaluate(request.build(), locale);
    }

    /** The right a caller most likely wants: non-theatrical for training institutions, educational otherwise. */
    public RightType usualRight() {
        return caller.find().map(Membership::institution)
                .map(i -> i.type().isTrainingInstitution() ? RightType.NON_THEATRICAL : RightType.EDUCATIONAL)
                .orElse(RightType.EDUCATIONAL);
    }
}
