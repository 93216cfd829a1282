package org.docuportal.web.streaming;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.entitlement.application.ScreenerForm;
import org.docuportal.entitlement.application.ScreenerService;
import org.docuportal.entitlement.application.ScreenerView;
import org.docuportal.catalog.application.CatalogService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/** The screener request form: anyone asks for a screener of a film. */
@Named
@ViewScoped
public class ScreenerRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreenerService screeners;

    @Inject
    private CatalogService catalog;

    /** The film's title, looked up once when the page opens; kept by the view for the postback. */
    private String filmTitle;

    private String slug;
    private String name;
    private String organisation;
    private String role;
    private String reason;
    private String email;
    private String requestedTitle;

    public void load() {
        try {
            filmTitle = slug == null || slug.isBlank() ? null : catalog.details(slug.strip()).title();
        } catch (NotFoundException e) {
            filmTitle = null;
        }
    }

    public String getFilmTitle() {
        return filmTitle;
    }

    public void request() {
        try {
            ScreenerView view = screeners.request(new ScreenerForm(slug, name, organisation, role, reason, email));
            requestedTitle = view.title();
        } catch (InvalidInputException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            // The film is chosen on its page, not in this form: its problem shows above the form.
            e.violations().forEach(v -> faces.addMessage("title".equals(v.field()) ? null : "screener:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
    }

    /** The film's title once the request went in; null before. */
    public String getRequestedTitle() {
        return requestedTitle;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
