package org.docuportal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.account.application.EmailVerificationService;
import org.docuportal.shared.application.NotFoundException;

/** The page an email confirmation link opens. */
@Named
@RequestScoped
public class VerifyEmailView {

    @Inject
    private EmailVerificationService verification;

    private String token;
    private String verifiedEmail;
    private String problem;

    public void verify() {
        try {
            verifiedEmail = verification.verify(token);
        } catch (NotFoundException e) {
            problem = e.getMessage();
        }
    }

    public String getVerifiedEmail() {
        return verifiedEmail;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
