package org.docuportal.institution.application;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.shared.application.NotFoundException;

/**
 * The one place that answers "which institution does the caller act for, and as what?".
 * Services ask it before touching an institution's data, so that one institution never sees
 * another's.
 */
@RequestScoped
public class CallerMembership {

    @Inject
    private SecurityContext security;

    @Inject
    private InstitutionRepository institutions;

    /** The caller's membership, active or not, if the caller belongs to an institution. */
    public Optional<Membership> find() {
        var principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : institutions.membershipOf(principal.getName());
    }

    /** The caller's active membership with administrator rights. */
    public Membership requireAdministrator() {
        Membership membership = find()
                .filter(Membership::isActive)
                .filter(m -> m.role() == Role.INSTITUTION_ADMIN)
                .orElseThrow(() -> new NotFoundException("You do not administer an institution."));
        return membership;
    }
}
