package org.docuportal.web.institution;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.DocumentService;
import org.docuportal.institution.application.DocumentView;
import org.docuportal.institution.application.MemberView;
import org.docuportal.institution.application.MembershipService;
import org.docuportal.shared.application.InvalidInputException;

/** An institution administrator's page: the members, invitations, approvals. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MembershipService memberships;

    @Inject
    private DocumentService documentService;

    @Inject
    private InvitationsView invitationsView;

    private List<MemberView> members;
    private List<DocumentView> documents;
    private transient Part file;
    private String email;
    private Role role = Role.TEACHER;

    @PostConstruct
    void load() {
        members = memberships.members();
        documents = documentService.mine();
    }

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage("documents:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a PDF, PNG or JPEG file.", null));
            return;
        }
        String name = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream()) {
            documentService.upload(name, in.readAllBytes());
            documents = documentService.mine();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, name + " was uploaded for the reviewers.", null));
        } catch (InvalidInputException e) {
            faces.addMessage("documents:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (IOException e) {
            faces.addMessage("documents:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, "The file did not arrive whole; try again.", null));
        }
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            memberships.invite(email, role);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Invitation sent to " + email + ".", null));
            email = null;
            invitationsView.refresh();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("members:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
    }

    public void approve(long membershipId) {
        memberships.approve(membershipId);
        members = memberships.members();
    }

    public List<Role> getRoles() {
        return List.of(Role.TEACHER, Role.TRAINING_OFFICER, Role.INSTITUTION_ADMIN);
    }

    public List<MemberView> getMembers() {
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
