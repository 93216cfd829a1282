package org.docuportal.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.docuportal.account.application.AccountService;
import org.docuportal.account.domain.Role;

/**
 * How callers prove who they are.
 *
 * <ul>
 * <li>People sign in on the login page; its bean hands the credentials over through
 *     {@code SecurityContext.authenticate}, and the session remembers them. The session id
 *     changes at login so that a session id planted before login is worthless after it.</li>
 * <li>Scripts send {@code Authorization: Basic} (an account's email and password) or
 *     {@code Authorization: Bearer} (a personal API token) with every request; nothing is
 *     kept in a session for them.</li>
 * <li>A session whose account has been disabled since signing in ends at its next request.</li>
 * <li>An anonymous request for a protected page is sent to the login page; one for a
 *     protected API resource gets 401 with a {@code WWW-Authenticate} challenge.</li>
 * </ul>
 * Jakarta Security 3 allows one mechanism per application, so this one covers all three.
 * It does not use {@code @AutoApplySession}: that would open a session for every script
 * request too, and scripts do not keep cookies.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityHeaders securityHeaders;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential loginPageCredential = context.getAuthParameters().getCredential();
        if (loginPageCredential != null) {
            return signIn(loginPageCredential, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null && request.getUserPrincipal() != null) {
            Set<String> groups = accounts.rolesIfEnabled(request.getUserPrincipal().getName()).stream()
                    .map(Role::name).collect(Collectors.toSet());
            if (groups.isEmpty()) {
                // Disabled since signing in: the session ends here, on whichever server serves the request.
                return endSession(request, context);
            }
            // Signed in on the login page earlier. The groups come from the database, not from what the container
            // registered at sign-in: a session that moved to another server (docs/cluster-state.md) brings the
            // caller along but not those groups, and a role taken away applies at the next request.
            return context.notifyContainerAboutLogin(request.getUserPrincipal(), groups);
        }
        if (authorization != null) {
            // This mechanism's own answers (401, the redirect to the login page) leave before any
            // filter runs, so they take the security headers here.
            securityHeaders.addTo(request, response);
            return authenticateEachRequest(authorization, response, context);
        }
        if (context.isProtected()) {
            securityHeaders.addTo(request, response);
            return isApi(request) ? challenge(response, context) : redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus endSession(HttpServletRequest request, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (context.isProtected()) {
            securityHeaders.addTo(request, context.getResponse());
            return isApi(request) ? challenge(context.getResponse(), context) : redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page shows the failure itself; no 401 status for a page a person reads.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus authenticateEachRequest(String authorization, HttpServletResponse response,
                                                         HttpMessageContext context) {
        Credential credential = parse(authorization);
        if (credential == null) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        // Stateless: no session is registered; the credential is checked again on the next request.
        return context.notifyContainerAboutLogin(result);
    }

    private static Credential parse(String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new ApiTokenCredential(authorization.substring(7).trim());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
                }
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", Bearer realm=\"portal\"");
        if (context.isAuthenticationRequest()) {
            // Asked from code (a JAX-RS security filter): whoever asked writes the answer, not us.
            return context.responseUnauthorized();
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // Explicitly UTF-8: the container would otherwise add its default, ISO-8859-1, when the writer opens.
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in with HTTP Basic (email and password) or a personal API token (Bearer).\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
