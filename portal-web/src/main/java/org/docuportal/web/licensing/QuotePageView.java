package org.docuportal.web.licensing;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.OrderService;
import org.docuportal.licensing.application.OrderView;
import org.docuportal.licensing.application.PaymentMethod;
import org.docuportal.licensing.application.PaymentRequestFailedException;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** A quote: its lines, the order form with the payment methods, and the administrator's approval. */
@Named
@ViewScoped
public class QuotePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuoteService quotes;

    @Inject
    private OrderService orders;

    @Inject
    private Messages messages;

    @Inject
    private ApprovalCount approvalCount;

    private long id;
    private QuoteView quote;
    private List<MethodOption> methods;
    private String paymentMethod;
    private String purchaseOrderNumber;
    private String reason;
    private OrderView order;
    private String confirmation;

    /** A payment method as the order form offers it. */
    public record MethodOption(String id, String label) implements Serializable {
    }

    public void load() throws IOException {
        if (quote != null) {
            return;
        }
        try {
            quote = quotes.quote(id);
            methods = orders.availableMethods().stream().map(m -> new MethodOption(m.id(), m.label())).toList();
            paymentMethod = methods.isEmpty() ? null : methods.get(0).id();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void placeOrder() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            order = orders.placeOrder(id, paymentMethod, purchaseOrderNumber);
            quote = quotes.quote(id);
            if (order.redirectUrl() != null) {
                faces.getExternalContext().redirect(order.redirectUrl());
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("order:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (ConflictException | PaymentRequestFailedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void approve() {
        decide(true);
    }

    public void decline() {
        decide(false);
    }

    private void decide(boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            quote = quotes.decide(id, approve, reason);
            confirmation = messages.get(approve ? "approvals.approved" : "approvals.declined", quote.reference(), quote.title(),
                    quote.requestedBy());
            approvalCount.refresh();
        } catch (InvalidInputException e) {
            faces.addMessage("approval:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public QuoteView getQuote() {
        return quote;
    }

    /** What the administrator's decision just did, in words that say what the member will see; null otherwise. */
    public String getConfirmation() {
        return confirmation;
    }

    public List<MethodOption> getMethods() {
        return methods;
    }

    public OrderView getOrder() {
        return order;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
