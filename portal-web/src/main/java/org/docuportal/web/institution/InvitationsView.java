package org.docuportal.web.institution;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InvitationService;
import org.docuportal.institution.application.InvitationView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** The invitations box of the members page: invitations nobody answered yet, to revoke or resend. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    @Inject
    private Messages messages;

    private List<InvitationView> pending;

    @PostConstruct
    void load() {
        pending = invitations.unanswered();
    }

    public void revoke(long id) {
        act(() -> {
            InvitationView revoked = invitations.revoke(id);
            return messages.get("invitations.revoked", revoked.email());
        });
    }

    public void resend(long id) {
        act(() -> {
            InvitationView sent = invitations.resend(id);
            return messages.get("invitations.resent", sent.email());
        });
    }

    /** Called after the invite form sent an invitation, so that it shows in the list at once. */
    public void refresh() {
        load();
    }

    private void act(Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
        } catch (NotFoundException | ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
    }

    public List<InvitationView> getPending() {
        return pending;
    }
}
