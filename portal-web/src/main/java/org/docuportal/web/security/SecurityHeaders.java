package org.docuportal.web.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, written in one place for {@link SecurityHeadersFilter}
 * and for the answers {@link PortalAuthenticationMechanism} gives itself (those leave before any
 * filter runs).
 *
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, so that a served file is never run as a type it
 * does not declare.</li>
 * <li>{@code Referrer-Policy}: {@code strict-origin-when-cross-origin}, and {@code no-referrer} on
 * the pages whose address carries a secret (a set-password, verification or invitation link, a
 * survey code, a screener code), so that not even our own origin's address travels on.</li>
 * <li>{@code Content-Security-Policy} from {@link ContentSecurityPolicy}: the page policy, or for the
 * API one that allows nothing.</li>
 * <li>{@code Strict-Transport-Security} when the request came over HTTPS, directly or through a
 * proxy that says so with {@code X-Forwarded-Proto: https}. That header is trusted from any
 * caller: a browser ignores HSTS received over plain HTTP (RFC 6797, section 8.1), so a forged
 * header only earns its sender a header their own browser discards.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    /** A year; no includeSubDomains, as the portal does not own the sites beside it. */
    static final String HSTS = "max-age=31536000";

    /** Pages whose address carries a secret (see each page's {@code f:viewParam}). */
    private static final Set<String> PAGES_WITH_SECRETS = Set.of(
            "/set-password.xhtml", "/verify.xhtml", "/join.xhtml", "/survey.xhtml", "/watch.xhtml");

    @Inject
    private ContentSecurityPolicy policy;

    public void addTo(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy",
                PAGES_WITH_SECRETS.contains(path) ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader(CSP, path.startsWith("/api/") ? ContentSecurityPolicy.API : policy.pagePolicy());
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
