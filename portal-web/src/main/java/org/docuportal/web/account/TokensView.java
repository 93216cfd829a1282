package org.docuportal.web.account;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.account.application.ApiTokenService;
import org.docuportal.account.application.ApiTokenView;
import org.docuportal.shared.application.InvalidInputException;

/** The signed-in user's API tokens: create one (its secret shown once), revoke one. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokenService;

    private String name;
    private String newSecret;
    private List<ApiTokenView> tokens;

    @PostConstruct
    void load() {
        tokens = tokenService.mine();
    }

    public void create() {
        try {
            newSecret = tokenService.create(name).secret();
            name = null;
            tokens = tokenService.mine();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> FacesContext.getCurrentInstance().addMessage("tokenForm:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        }
    }

    public void revoke(long id) {
        tokenService.revoke(id);
        newSecret = null;
        tokens = tokenService.mine();
    }

    public List<ApiTokenView> getTokens() {
        return tokens;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
