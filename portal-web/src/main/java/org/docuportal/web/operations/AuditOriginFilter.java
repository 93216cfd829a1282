package org.docuportal.web.operations;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.docuportal.audit.application.RequestOrigin;
import org.docuportal.audit.domain.AuditSource;

/**
 * Tells the audit log whether a request that may change something came through a page or the API,
 * and under which request id: the load balancer's {@code X-Request-Id} when it sends a sane one
 * (so an entry can be found in nginx's and every server's logs), else a fresh one. Reading
 * requests (GET, HEAD, OPTIONS) change nothing and are left alone.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    private transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READING.contains(request.getMethod())) {
            String given = request.getHeader("X-Request-Id");
            String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
            String path = request.getServletPath();
            origin.mark(path.equals("/api") || path.startsWith("/api/") ? AuditSource.API : AuditSource.PAGE, id);
        }
        chain.doFilter(request, response);
    }
}
