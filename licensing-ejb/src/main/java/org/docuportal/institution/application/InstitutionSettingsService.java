package org.docuportal.institution.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;

/** An institution's own settings, changed by its administrators. */
@Stateless
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
public class InstitutionSettingsService {

    @Inject
    private CallerMembership caller;

    @Inject
    private Clock clock;

    @Inject
    private InstitutionNotifications notifications;

    /**
     * An institution's settings, with the domains and IP ranges in force and, where a change of
     * them waits for the reviewers, the proposed lists (empty and null otherwise).
     */
    public record Settings(boolean purchaseApprovalRequired, boolean streamOnCampusOnly, Set<String> emailDomains,
                           Set<String> ipRanges, Set<String> proposedEmailDomains, Set<String> proposedIpRanges,
                           Instant changeProposedAt) implements Serializable {

        public boolean changeWaiting() {
            return changeProposedAt != null;
        }
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

    /**
     * Replaces the institution's email domains and IP ranges. A change that only narrows who
     * belongs takes effect at once; one that adds a domain or range outside those held now would
     * let more people join without approval or stream on "campus", so it waits for the reviewers
     * (see {@link Institution#changeNetwork}) and {@link Settings#changeWaiting()} says so.
     *
     * @throws InvalidInputException naming every bad domain and range, or when no domain is left,
     *                               or when campus-only streaming is on and no range is left
     */
    public Settings changeNetwork(Collection<String> emailDomains, Collection<String> ipRanges) {
        Institution institution = caller.requireAdministrator().institution();
        List<Violation> problems = new ArrayList<>();
        Set<String> domains = NetworkInput.emailDomains(emailDomains, problems);
        Set<String> ranges = NetworkInput.ipRanges(ipRanges, problems);
        if (domains.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(NetworkInput.DOMAINS))) {
            problems.add(new Violation(NetworkInput.DOMAINS, "Keep at least one email domain, such as school.example."));
        }
        if (ranges.isEmpty() && institution.streamsOnCampusOnly()
                && problems.stream().noneMatch(p -> p.field().equals(NetworkInput.RANGES))) {
            problems.add(new Violation(NetworkInput.RANGES,
                    "Members stream only on campus, so keep at least one IP range (or turn campus-only streaming off first)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The domains and ranges have " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems."), problems);
        }
        String administrator = caller.requireAdministrator().account().email();
        if (institution.changeNetwork(domains, ranges, administrator, clock.instant())) {
            notifications.networkChangeToReview(institution, administrator);
        }
        return settingsOf(institution);
    }

    private static Settings settingsOf(Institution institution) {
        return new Settings(institution.requiresPurchaseApproval(), institution.streamsOnCampusOnly(),
                Set.copyOf(institution.emailDomains()), Set.copyOf(institution.ipRanges()),
                Set.copyOf(institution.proposedEmailDomains()), Set.copyOf(institution.proposedIpRanges()),
                institution.networkChangeProposedAt());
    }
}
