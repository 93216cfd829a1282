package org.docuportal.web.licensing;

import java.io.Serializable;
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
import org.docuportal.shared.application.ConflictException;

/** Purchase orders awaiting payment, and recording a payment, for platform administrators. */
@Named
@ViewScoped
public class OrdersAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrderService orders;

    private List<OrderView> awaiting;
    private String note;

    @PostConstruct
    void load() {
        awaiting = orders.awaitingPayment();
    }

    public void recordPayment(long orderId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LicenseView license = orders.recordPayment(orderId, note);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Payment recorded: license for "
                    + license.title() + " issued to " + license.institution() + ", " + license.start() + " to "
                    + license.end() + ".", null));
            note = null;
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        awaiting = orders.awaitingPayment();
    }

    public List<OrderView> getAwaiting() {
        return awaiting;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
