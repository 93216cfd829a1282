package org.docuportal.web.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.docuportal.account.application.AccountService;
import org.docuportal.account.application.ApiTokenService;
import org.docuportal.account.application.AuthenticationResult;
import org.docuportal.account.domain.Role;

/**
 * Adapts the account services to Jakarta Security: email and password (login page, HTTP
 * Basic) and personal API tokens. The account's roles become its groups, and groups map
 * one to one to roles.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return toResult(accounts.authenticate(password.getCaller(), password.getPassword().getValue()));
        }
        if (credential instanceof ApiTokenCredential token) {
            return tokens.authenticate(token.secret()).map(PortalIdentityStore::toResult)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult toResult(AuthenticationResult result) {
        if (!result.isAuthenticated()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.email(), groups);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
