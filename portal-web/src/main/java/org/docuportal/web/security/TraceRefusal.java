package org.docuportal.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * TRACE (and Microsoft's TRACK) would echo the request, cookies and authorization included, back to
 * the caller: refused on every address with 405 and a problem document. Payara lets TRACE through to
 * the application for this (src/main/payara/pre-boot-commands.txt), where its own refusal had no body.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TraceRefusal extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"TRACE".equalsIgnoreCase(method) && !"TRACK".equalsIgnoreCase(method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
                + "\"detail\":\"TRACE is not answered here.\"}");
    }
}
