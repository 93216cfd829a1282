package org.docuportal.web.licensing;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.LicenseService;
import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.application.NotEligibleException;
import org.docuportal.licensing.application.OfferService;
import org.docuportal.licensing.application.OfferView;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/** The offers on a title's page, and asking for a quote for one of them. */
@Named
@ViewScoped
public class OfferQuoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private QuoteService quotes;

    @Inject
    private LicenseService licenses;

    private String slug;
    private List<OfferView> offers = List.of();
    private List<LicenseView> held = List.of();
    private boolean visible;
    @Inject
    private Clock clock;

    private String start;

    /**
     * Loads the offers once per view, on the first request: they stay in the view for the
     * postback of the quote button, when the request-scoped title page state is not loaded yet.
     */
    public void load(String titleSlug, boolean eligible) {
        slug = titleSlug;
        start = LocalDate.now(clock).toString();
        visible = eligible;
        offers = eligible ? offerService.offersFor(titleSlug) : List.of();
        try {
            held = eligible ? licenses.currentFor(titleSlug) : List.of();
        } catch (NotFoundException | EJBAccessException e) {
            // Eligible without being a member of an institution (a platform administrator trying the page): nothing held.
            held = List.of();
        }
    }

    /** The institution's active and scheduled licenses of the film, named before a quote is asked for. */
    public List<LicenseView> getHeld() {
        return held;
    }

    public List<OfferView> getOffers() {
        return offers;
    }

    public boolean isVisible() {
        return visible;
    }

    public void requestQuote(long offerId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate from;
        try {
            from = CalendarDates.parse("start", start).orElseThrow(() -> InvalidInputException.of("start", "missing"));
        } catch (InvalidInputException e) {
            faces.addMessage("offers:start", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Give the start date as YYYY-MM-DD, for example " + LocalDate.now(clock) + ".", null));
            return;
        }
        try {
            QuoteView quote = quotes.requestQuote(offerId, from);
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/purchase/quote.xhtml?id=" + quote.id());
        } catch (NotEligibleException e) {
            e.failures().forEach(f -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (ConflictException | NotFoundException | GoneException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }
}
