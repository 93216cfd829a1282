package org.docuportal.web.operations;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.operations.application.MailOutboxService;
import org.docuportal.operations.application.OutboxEntryView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** The mail outbox's pending and failed mails, with "Retry now", for platform administrators. */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailOutboxService outbox;

    @Inject
    private Messages messages;

    private List<OutboxEntryView> mails;

    @PostConstruct
    void load() {
        mails = outbox.list(Set.of());
    }

    public void retry(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            outbox.retry(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("mailOutbox.retried"), null));
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        mails = outbox.list(Set.of());
    }

    public List<OutboxEntryView> getMails() {
        return mails;
    }
}
