package org.docuportal.web.institution;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InvitationService;
import org.docuportal.institution.application.MemberView;
import org.docuportal.institution.application.MembershipService;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/** Joining an institution from the emailed invitation link. */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MembershipService memberships;

    @Inject
    private InvitationService invitations;

    /** Where the link's invitation stands when the page opened; the form shows only for an open one. */
    private Invitation.State linkState;
    private boolean linkChecked;

    /** Looks the link up once per view, so that a revoked or expired link says so before anyone types a password. */
    public void checkLink() {
        if (!linkChecked) {
            linkState = invitations.linkState(token);
            linkChecked = true;
        }
    }

    /** The page text saying why the link does not work, or null when it works. */
    public String getClosedReason() {
        if (joined != null || linkState == Invitation.State.OPEN) {
            return null;
        }
        if (linkState == null) {
            return "join.unknown";
        }
        return switch (linkState) {
            case REVOKED -> "join.revoked";
            case EXPIRED -> "join.expired";
            case ACCEPTED -> "join.used";
            case OPEN -> null;
        };
    }

    private String token;
    private String name;
    private String password;
    private MemberView joined;

    public void join() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            joined = memberships.join(token, name, password);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("join:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        } catch (NotFoundException | ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public boolean isJoined() {
        return joined != null;
    }

    public boolean isWaitingForApproval() {
        return joined != null && !"ACTIVE".equals(joined.status().name());
    }

    public MemberView getJoined() {
        return joined;
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
}
