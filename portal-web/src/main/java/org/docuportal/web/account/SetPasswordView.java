package org.docuportal.web.account;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.account.application.StaffLinkView;
import org.docuportal.account.application.StaffService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The page a staff link opens ({@code /set-password.xhtml?token=}): a new password chosen twice,
 * or, for an existing account, its current password. An unusable link gets one message that
 * says nothing about accounts.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    @Inject
    private Messages messages;

    private String token;
    private StaffLinkView link;
    private String problem;
    private String name;
    private String password;
    private String confirmation;
    private boolean done;

    /** Reads the link once, when the page opens. */
    public void load() {
        if (link != null || done) {
            return;
        }
        try {
            link = staff.link(token);
            name = link.name();
        } catch (NotFoundException e) {
            problem = e.getMessage();
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!link.existingAccount() && (confirmation == null || !confirmation.equals(password))) {
            faces.addMessage("setPassword:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("setPassword.mismatch"), null));
            faces.validationFailed();
            return;
        }
        try {
            staff.useLink(token, name, password);
            done = true;
        } catch (InvalidInputException e) {
            // An existing account's password has a field of its own on the page.
            e.violations().forEach(v -> faces.addMessage("setPassword:"
                            + (link.existingAccount() && "password".equals(v.field()) ? "currentPassword" : v.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        } catch (NotFoundException e) {
            link = null;
            problem = e.getMessage();
        }
    }

    public StaffLinkView getLink() {
        return link;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
