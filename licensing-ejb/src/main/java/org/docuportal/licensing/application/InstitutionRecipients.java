package org.docuportal.licensing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.shared.domain.Pseudonym;

/**
 * Who at an institution hears about its purchases and licenses: its active administrators, and the
 * member who asked, as long as that person is still an active member (a deleted account leaves a
 * pseudonym, a departed one no membership: nobody to mail).
 */
@ApplicationScoped
class InstitutionRecipients {

    /** A person to mail, with the name the greeting uses. */
    record Recipient(String email, String name, boolean isAdministrator) {
    }

    @Inject
    private InstitutionRepository institutions;

    List<Recipient> administrators(Institution institution) {
        return institutions.membersOf(institution).stream()
                .filter(m -> m.isActive() && m.role() == Role.INSTITUTION_ADMIN)
                .map(InstitutionRecipients::recipient).toList();
    }

    Optional<Recipient> member(Institution institution, String email) {
        if (email == null || !Pseudonym.isPerson(email)) {
            return Optional.empty();
        }
        return institutions.membersOf(institution).stream()
                .filter(m -> m.isActive() && m.account().email().equals(email))
                .map(InstitutionRecipients::recipient).findFirst();
    }

    /** The member who asked first, then the administrators who are not that member. */
    List<Recipient> memberAndAdministrators(Institution institution, String email) {
        List<Recipient> all = new ArrayList<>();
        member(institution, email).ifPresent(all::add);
        for (Recipient admin : administrators(institution)) {
            if (!admin.email().equals(email)) {
                all.add(admin);
            }
        }
        return all;
    }

    private static Recipient recipient(Membership m) {
        return new Recipient(m.account().email(), m.account().displayName(), m.role() == Role.INSTITUTION_ADMIN);
    }
}
