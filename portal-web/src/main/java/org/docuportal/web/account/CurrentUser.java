package org.docuportal.web.account;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.docuportal.account.domain.Role;

/** Who is signed in, for the layout's header, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getEmail() {
        return isSignedIn() ? securityContext.getCallerPrincipal().getName() : null;
    }

    public boolean isPlatformAdmin() {
        return securityContext.isCallerInRole(Role.PLATFORM_ADMIN.name());
    }

    /** The distributor's staff who write study guides: curriculum editors and platform administrators. */
    public boolean isGuideAuthor() {
        return securityContext.isCallerInRole(Role.CURRICULUM_EDITOR.name()) || isPlatformAdmin();
    }

    /** Members of institutions: teachers, training officers and institution administrators. */
    public boolean isMember() {
        return securityContext.isCallerInRole(Role.TEACHER.name()) || securityContext.isCallerInRole(Role.TRAINING_OFFICER.name())
                || isInstitutionAdmin();
    }

    public boolean isInstitutionAdmin() {
        return securityContext.isCallerInRole(Role.INSTITUTION_ADMIN.name());
    }

    /** The distributor's staff who review institutions. */
    public boolean isReviewer() {
        return securityContext.isCallerInRole(Role.REVIEWER.name()) || isPlatformAdmin();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
