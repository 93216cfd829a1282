package org.docuportal.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.shared.application.NotFoundException;

/** The caller's own institution's quotes: another institution's quote id answers "not found". */
@ApplicationScoped
public class CallerQuotes {

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerMembership caller;

    public Membership activeMember() {
        return caller.find().filter(Membership::isActive)
                .orElseThrow(() -> new NotFoundException("You are not an active member of an institution."));
    }

    public Quote ownQuote(long id) {
        Long institution = activeMember().institution().id();
        return licensing.quote(id).filter(q -> q.institution().id().equals(institution))
                .orElseThrow(() -> new NotFoundException("Your institution has no quote " + id + "."));
    }
}
