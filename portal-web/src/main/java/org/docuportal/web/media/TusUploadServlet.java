package org.docuportal.web.media;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.docuportal.account.domain.Role;

/**
 * The tus endpoint for master video uploads. Platform administrators only: the container checks
 * the role ({@code @ServletSecurity}), and each upload belongs to the administrator who started
 * it. Requests from another origin are refused, since the browser's session cookie would
 * otherwise let another site write here.
 */
@WebServlet(urlPatterns = {TusUploads.PATH, TusUploads.PATH + "/*"}, asyncSupported = false)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.Names.PLATFORM_ADMIN))
public class TusUploadServlet extends HttpServlet {

    @Inject
    private TusUploads uploads;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null || !request.isUserInRole(Role.Names.PLATFORM_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin upload");
            return;
        }
        if ("POST".equals(request.getMethod())) {
            uploads.cleanup();
        }
        uploads.service().process(request, response, request.getUserPrincipal().getName());
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
