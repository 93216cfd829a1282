package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.infrastructure.LicenseCertificate;
import org.docuportal.shared.application.NotFoundException;

/** An institution's licenses, for its members and administrators; never another institution's. */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class LicenseService {

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerMembership caller;

    @Inject
    private LicenseCertificate certificates;

    @Inject
    private Clock clock;

    /** The institution's licenses, each in its state of today. */
    public List<LicenseView> licenses() {
        LocalDate today = LocalDate.now(clock);
        return licensing.licensesOf(institution()).stream().map(l -> LicenseView.of(l, today)).toList();
    }

    /** The institution's licenses of one title that are not over: active or scheduled. */
    public List<LicenseView> currentFor(String titleSlug) {
        return licenses().stream().filter(l -> l.titleSlug().equals(titleSlug))
                .filter(l -> l.state() == LicenseState.ACTIVE || l.state() == LicenseState.SCHEDULED).toList();
    }

    /** The license certificate as a PDF document. */
    public byte[] certificate(long id) {
        return certificates.render(license(id));
    }

    public LicenseView license(long id) {
        Institution institution = institution();
        return licensing.license(id).filter(l -> l.institution().id().equals(institution.id()))
                .map(l -> LicenseView.of(l, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("Your institution has no license " + id + "."));
    }

    private Institution institution() {
        return caller.find().filter(Membership::isActive).map(Membership::institution)
                .orElseThrow(() -> new NotFoundException("You are not an active member of an institution."));
    }
}
