package org.docuportal.web.security;

import java.io.IOException;

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
 * Puts the {@link SecurityHeaders} on every response that reaches the application: pages, the API,
 * static files and error pages.
 *
 * <p>A page's own Content-Security-Policy, added later by PrimeFaces with the request's nonce,
 * replaces the one set here instead of joining it: browsers enforce every policy they get, and the
 * one without the nonce would block the page's scripts.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.addTo(request, response);
        chain.doFilter(request, new OneCspResponse(response));
    }

    /** Turns a second Content-Security-Policy into a replacement of the first. */
    private static final class OneCspResponse extends HttpServletResponseWrapper {

        OneCspResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
