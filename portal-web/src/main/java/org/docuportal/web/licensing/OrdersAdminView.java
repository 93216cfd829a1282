package org.docuportal.web.licensing;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.application.OrderService;
import org.docuportal.licensing.application.OrderView;
import org.docuportal.licensing.domain.PaymentRequestStatus;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * Orders awaiting payment, oldest first with the days each has waited, and recording a purchase
 * order's payment, for platform administrators.
 */
@Named
@ViewScoped
public class OrdersAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private Clock clock;

    @Inject
    private Messages messages;

    private List<Row> awaiting;
    private String note;

    /** An order awaiting payment, the day it was placed and how many whole days ago that was (0 on the day itself). */
    public record Row(OrderView order, LocalDate placedOn, long ageDays) implements Serializable {
    }

    @PostConstruct
    void load() {
        // The service lists them oldest first: the order that has waited longest heads the list.
        LocalDate today = LocalDate.now(clock);
        awaiting = orders.awaitingPayment().stream()
                .map(o -> {
                    LocalDate placed = LocalDate.ofInstant(o.createdAt(), clock.getZone());
                    return new Row(o, placed, ChronoUnit.DAYS.between(placed, today));
                }).toList();
    }

    public void recordPayment(long orderId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LicenseView license = orders.recordPayment(orderId, note);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("orders.recorded",
                    license.orderReference(), license.reference(), license.title(), license.institution(),
                    license.start().toString(), license.end().toString()), null));
            note = null;
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
    }

    /** Tries a given-up payment-provider request once more and says what came of it. */
    public void retryPaymentRequest(long orderId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            OrderView order = orders.retryPaymentRequest(orderId);
            boolean sent = order.paymentRequest() == PaymentRequestStatus.SENT;
            faces.addMessage(null, new FacesMessage(sent ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                    messages.get(sent ? "orders.paymentRequestSent" : "orders.paymentRequestNotSent", order.reference(),
                            order.paymentRequestError() == null ? "" : order.paymentRequestError()), null));
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
    }

    public List<Row> getAwaiting() {
        return awaiting;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
