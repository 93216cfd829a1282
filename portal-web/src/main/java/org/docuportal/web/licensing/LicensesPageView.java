package org.docuportal.web.licensing;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.LicenseService;
import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.application.NotEligibleException;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The licenses of the signed-in member's institution, each in its state of today with the days
 * left or until its start, Watch for those that stream today, and Renew, which asks
 * {@link QuoteService#renew} for a quote and opens it.
 */
@Named
@RequestScoped
public class LicensesPageView {

    @Inject
    private LicenseService licenses;

    @Inject
    private QuoteService quotes;

    private List<LicenseView> list = List.of();
    private boolean member = true;

    @PostConstruct
    void load() {
        try {
            list = licenses.licenses();
        } catch (NotFoundException e) {
            member = false;
        }
    }

    public void renew(long licenseId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            QuoteView quote = quotes.renew(licenseId);
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/purchase/quote.xhtml?id=" + quote.id());
        } catch (NotEligibleException e) {
            e.failures().forEach(f -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (ConflictException | NotFoundException | GoneException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<LicenseView> getLicenses() {
        return list;
    }

    public boolean isMember() {
        return member;
    }
}
