package org.docuportal.web.licensing;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.application.NewOffer;
import org.docuportal.licensing.application.OfferAdministration;
import org.docuportal.licensing.application.OfferView;
import org.docuportal.licensing.application.TitleOffers;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * A title's offers page ({@code /admin/title-offers.xhtml?slug=}): the offers, sold and
 * withdrawn; a form for a new one with its price table; withdrawal. Every rule is
 * {@link OfferAdministration}'s, the same the API applies; this bean only carries the form and
 * points the service's messages at the fields and cells they name.
 */
@Named
@ViewScoped
public class TitleOffersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "offer";

    @Inject
    private OfferAdministration administration;

    @Inject
    private Messages messages;

    private String slug;
    private TitleOffers title;
    private String notFound;
    private String kind = OfferKind.CLASSROOM_STREAMING.name();
    private String termMonths = "12";
    private String streamCap;
    private String audienceCap;
    private List<OfferRow> rows = List.of();
    private String currency = "USD";
    private PriceGrid grid = new PriceGrid();
    private final Set<String> invalid = new HashSet<>();

    /** Loads the title's offers; an unknown or missing slug leaves a not-found message (404), never an error page. */
    public void load() {
        try {
            title = administration.offersOf(slug);
            rows = title.offers().stream().map(o -> OfferRow.of(o, messages)).toList();
            notFound = null;
        } catch (NotFoundException e) {
            title = null;
            notFound = e.getMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void create() {
        if (title == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.clear();
        try {
            OfferView created = administration.create(title.slug(), new NewOffer(kind, number(termMonths), number(streamCap),
                    number(audienceCap), currency, grid.prices()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("offers.created", created.description(), created.currency()), null));
            grid = new PriceGrid();
            streamCap = null;
            audienceCap = null;
            load();
        } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
                String cell = grid.markInvalid(v.field(), FORM);
                invalid.add(v.field());
                faces.addMessage(cell != null ? cell : FORM + ":" + v.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null));
            }
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void withdraw(long offerId) {
        if (title == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            OfferView withdrawn = administration.withdraw(title.slug(), offerId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("offers.withdrawn", withdrawn.description()), null));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
    }

    /** A typed whole number; what is not one becomes 0, which the service refuses naming the field. */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<OfferRow> getRows() {
        return rows;
    }

    /** Whether the service refused this field ({@code kind}, {@code termMonths}, {@code currency} ...) in the last try. */
    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public TitleOffers getTitle() {
        return title;
    }

    public String getNotFound() {
        return notFound;
    }

    public List<OfferKind> getKinds() {
        return List.of(OfferKind.values());
    }

    public List<Integer> getTerms() {
        return Offer.CLASSROOM_TERMS;
    }

    public List<SizeBand> getBands() {
        return List.of(SizeBand.values());
    }

    public PriceGrid getGrid() {
        return grid;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(String termMonths) {
        this.termMonths = termMonths;
    }

    public String getStreamCap() {
        return streamCap;
    }

    public void setStreamCap(String streamCap) {
        this.streamCap = streamCap;
    }

    public String getAudienceCap() {
        return audienceCap;
    }

    public void setAudienceCap(String audienceCap) {
        this.audienceCap = audienceCap;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
