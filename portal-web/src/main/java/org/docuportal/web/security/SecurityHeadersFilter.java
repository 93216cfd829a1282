package org.docuportal.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every response: pages, the API and static files.
 *
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, so that an uploaded or served file is never run
 * as a type it does not declare.</li>
 * <li>{@code Referrer-Policy}: {@code strict-origin-when-cross-origin}, and {@code no-referrer} on
 * the pages whose address carries a secret (a set-password, verification or invitation link, a
 * survey code, a screener code), so that not even our own origin's address travels on.</li>
 * <li>{@code Content-Security-Policy} from {@link ContentSecurityPolicy}. A page's own policy,
 * added later by PrimeFaces with its nonce, replaces the one set here instead of joining it:
 * two policies would both be enforced, and the one without the nonce would block the page's
 * scripts.</li>
 * <li>{@code Strict-Transport-Security} when the request came over HTTPS, directly or through a
 * proxy that says so with {@code X-Forwarded-Proto: https}. The header is trusted from any
 * caller: a browser ignores HSTS received over plain HTTP (RFC 6797, section 8.1), so a forged
 * header only earns its sender a header their own browser discards.</li>
 * </ul>
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** A year, the value the HSTS preload list asks for; no includeSubDomains, the portal does not own its siblings. */
    static final String HSTS = "max-age=31536000";

    /** Pages whose address carries a secret (see each page's {@code f:viewParam}). */
    private static final Set<String> PAGES_WITH_SECRETS = Set.of(
            "/set-password.xhtml", "/verify.xhtml", "/join.xhtml", "/survey.xhtml", "/watch.xhtml");

    @Inject
    private ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy",
                PAGES_WITH_SECRETS.contains(path) ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader(CSP, path.startsWith("/api/") ? ContentSecurityPolicy.API : policy.pagePolicy());
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OneCspResponse(response));
    }

    /** Turns a second Content-Security-Policy into a replacement of the first. */
    private static final class OneCspResponse extends HttpServletResponseWrapper {

        OneCspResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
