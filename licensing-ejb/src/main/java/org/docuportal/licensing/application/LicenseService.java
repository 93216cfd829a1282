package org.docuportal.licensing.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
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

    public List<LicenseView> licenses() {
        return licensing.licensesOf(institution()).stream().map(LicenseView::of).toList();
    }

    /** The license certificate as a PDF document. */
    public byte[] certificate(long id) {
        return certificates.render(license(id));
    }

    public LicenseView license(long id) {
        Institution institution = institution();
        return licensing.license(id).filter(l -> l.institution().id().equals(institution.id()))
                .map(LicenseView::of)
                .orElseThrow(() -> new NotFoundException("Your institution has no license " + id + "."));
    }

    private Institution institution() {
        return caller.find().filter(Membership::isActive).map(Membership::institution)
                .orElseThrow(() -> new NotFoundException("You are not an active member of an institution."));
    }
}
