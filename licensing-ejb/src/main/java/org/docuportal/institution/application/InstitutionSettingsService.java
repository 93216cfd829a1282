package org.docuportal.institution.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;

/** An institution's own settings, changed by its administrators. */
@Stateless
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
public class InstitutionSettingsService {

    @Inject
    private CallerMembership caller;

    /** Whether purchases by members wait for an administrator's approval; returns the new setting. */
    public boolean requirePurchaseApproval(boolean required) {
        Institution institution = caller.requireAdministrator().institution();
        institution.requirePurchaseApproval(required);
        return institution.requiresPurchaseApproval();
    }
}
