package org.docuportal.web.account;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.docuportal.privacy.application.PersonalDataService;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;

/**
 * The "Your data" section of the account page: the download link is plain (the API answers it with
 * the signed-in session), and deleting the account asks for the password again, then signs out.
 */
@Named
@RequestScoped
public class YourDataView {

    @Inject
    private PersonalDataService personalData;

    private String password;

    public void deleteAccount() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            personalData.deleteMyAccount(password);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("yourDataForm:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            return;
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        faces.responseComplete();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
