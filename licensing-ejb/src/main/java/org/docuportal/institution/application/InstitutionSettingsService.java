package org.docuportal.institution.application;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.shared.application.InvalidInputException;

/** An institution's own settings, changed by its administrators. */
@Stateless
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
public class InstitutionSettingsService {

    @Inject
    private CallerMembership caller;

    /** An institution's settings, with the IP ranges that campus-only streaming relies on. */
    public record Settings(boolean purchaseApprovalRequired, boolean streamOnCampusOnly, Set<String> ipRanges) {
    }

    /** The settings as they stand. */
    public Settings current() {
        return settingsOf(caller.requireAdministrator().institution());
    }

    /**
     * Changes the settings given; a null leaves that setting as it is. Both change or neither does.
     *
     * @param purchaseApprovalRequired whether purchases by members wait for an administrator's approval
     * @param streamOnCampusOnly       whether members may stream only from the institution's IP ranges
     * @throws InvalidInputException when campus-only streaming is switched on while the institution
     *                               lists no IP range, which would stop every stream
     */
    public Settings change(Boolean purchaseApprovalRequired, Boolean streamOnCampusOnly) {
        Institution institution = caller.requireAdministrator().institution();
        if (Boolean.TRUE.equals(streamOnCampusOnly) && institution.ipRanges().isEmpty()) {
            throw InvalidInputException.of("streamOnCampusOnly",
                    "Add your campus IP ranges to the institution first; without them nobody could stream.");
        }
        if (purchaseApprovalRequired != null) {
            institution.requirePurchaseApproval(purchaseApprovalRequired);
        }
        if (streamOnCampusOnly != null) {
            institution.streamOnCampusOnly(streamOnCampusOnly);
        }
        return settingsOf(institution);
    }

    private static Settings settingsOf(Institution institution) {
        return new Settings(institution.requiresPurchaseApproval(), institution.streamsOnCampusOnly(),
                Set.copyOf(institution.ipRanges()));
    }
}
