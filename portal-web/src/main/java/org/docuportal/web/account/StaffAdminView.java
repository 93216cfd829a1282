package org.docuportal.web.account;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.account.application.PendingStaffInvitationView;
import org.docuportal.account.application.StaffMemberView;
import org.docuportal.account.application.StaffService;
import org.docuportal.account.domain.Role;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** The platform administrators' staff page: staff accounts, invitations, disabling and enabling. */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    @Inject
    private Messages messages;

    private List<StaffMemberView> members;
    private List<PendingStaffInvitationView> pending;
    private String email;
    private Role role = Role.REVIEWER;

    @PostConstruct
    void load() {
        members = staff.staff();
        pending = staff.pendingInvitations();
    }

    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            staff.invite(email, role == null ? null : role.name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("staff.invited", email.strip()), null));
            email = null;
            pending = staff.pendingInvitations();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("staff:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
    }

    public void disable(long id) {
        change(id, true);
    }

    public void enable(long id) {
        change(id, false);
    }

    private void change(long id, boolean disable) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StaffMemberView changed = disable ? staff.disable(id) : staff.enable(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(disable ? "staff.disabled" : "staff.enabled", changed.email()), null));
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        members = staff.staff();
    }

    public List<Role> getRoles() {
        return List.of(Role.REVIEWER, Role.PLATFORM_ADMIN, Role.CURRICULUM_EDITOR);
    }

    public List<PendingStaffInvitationView> getPending() {
        return pending;
    }

    public List<StaffMemberView> getMembers() {
        return members;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
