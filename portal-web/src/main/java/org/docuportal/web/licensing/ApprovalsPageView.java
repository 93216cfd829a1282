package org.docuportal.web.licensing;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.PurchaseService;
import org.docuportal.licensing.application.PurchaseView;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;
import org.docuportal.web.account.CurrentUser;

/**
 * The quotes waiting for the institution administrator's decision, each with its own reason field,
 * Approve and Decline; every decision is confirmed in words that say what the member will see.
 * The decision itself is {@link QuoteService#decide}, as on the quote page.
 */
@Named
@ViewScoped
public class ApprovalsPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PurchaseService purchases;

    @Inject
    private QuoteService quotes;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<PurchaseView> awaiting = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private boolean administrator;

    @PostConstruct
    void load() {
        administrator = currentUser.isInstitutionAdmin();
        if (administrator) {
            try {
                awaiting = purchases.purchases(QuoteStatus.AWAITING_APPROVAL, 0, PurchaseService.MAX_PAGE_SIZE).items();
            } catch (NotFoundException e) {
                administrator = false;
            }
        }
    }

    public String approve(long quoteId) {
        return decide(quoteId, true);
    }

    public String decline(long quoteId) {
        return decide(quoteId, false);
    }

    /**
     * Decides and, once decided, reloads the page by a redirect with the confirmation kept in the
     * flash: reloading the browser afterwards shows the list, it does not send the decision again.
     * A refused decision stays on the page, its message beside the quote's reason field.
     */
    private String decide(long quoteId, boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            QuoteView quote = quotes.decide(quoteId, approve, reasons.get(quoteId));
            reasons.remove(quoteId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(
                    approve ? "approvals.approved" : "approvals.declined", quote.reference(), quote.title(), quote.requestedBy()),
                    null));
        } catch (InvalidInputException e) {
            PurchaseView row = awaiting.stream().filter(p -> p.quoteId() == quoteId).findFirst().orElse(null);
            String message = row == null ? e.getMessage()
                    : messages.get("approvals.reasonRequired", row.quoteReference(), row.requestedBy());
            faces.addMessage(reasonField(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return null;
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/purchase/approvals?faces-redirect=true";
    }

    /** The reason field of the row whose button was pressed, so that its error stands beside it. */
    private static String reasonField(FacesContext faces) {
        UIComponent button = UIComponent.getCurrentComponent(faces);
        UIComponent field = button == null ? null : button.findComponent("reason");
        return field == null ? null : field.getClientId(faces);
    }

    public List<PurchaseView> getAwaiting() {
        return awaiting;
    }

    /** Each quote's reason, by quote id, as typed in its row. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean isAdministrator() {
        return administrator;
    }
}
