package org.docuportal.web.payment;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.payment.application.PaymentAlertService;
import org.docuportal.payment.application.PaymentAlertView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** Open payment alerts, and resolving one with a note, for platform administrators. */
@Named
@ViewScoped
public class PaymentAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentAlertService alerts;

    @Inject
    private Messages messages;

    private List<PaymentAlertView> open;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        open = alerts.open();
    }

    public void resolve(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            alerts.resolve(id, notes.get(id));
            notes.remove(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("paymentAlerts.resolved"), null));
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        open = alerts.open();
    }

    public List<PaymentAlertView> getOpen() {
        return open;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
