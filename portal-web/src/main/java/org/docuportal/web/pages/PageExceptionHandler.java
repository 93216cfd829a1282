package org.docuportal.web.pages;

import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.NotFoundException;
import org.primefaces.csp.CspException;

/**
 * Turns what a page's lifecycle throws into what the person should see:
 * <ul>
 * <li>an expired or forged view state (a form left open past the session, a page restored from an
 *     old tab), or a post without the page's CSP nonce: back to the page they were on, with a notice that it was loaded again
 *     ({@code flash.viewExpired});</li>
 * <li>a call their role may not make: the 403 page; something that does not exist: the 404 page;</li>
 * <li>anything else: logged with a reference and the error page — also for AJAX requests, where
 *     Faces would otherwise send the exception's class name to the browser.</li>
 * </ul>
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable thrown = events.next().getContext().getException();
            if (context == null || context.getResponseComplete()) {
                break;
            }
            events.remove();
            try {
                answer(context, thrown);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "could not show the error page for " + thrown, e);
            }
            context.responseComplete();
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext context, Throwable thrown) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (causedBy(thrown, ViewExpiredException.class) || causedBy(thrown, CspException.class)) {
            // A post without the page's CSP nonce comes from a stale or forged copy, like an unknown view state.
            external.getFlash().put("viewExpired", Boolean.TRUE);
            external.redirect(backTo((HttpServletRequest) external.getRequest()));
        } else if (causedBy(thrown, EJBAccessException.class) || causedBy(thrown, AccessRefusedException.class)
                || causedBy(thrown, AccessLocalException.class)) {
            showError(context, HttpServletResponse.SC_FORBIDDEN);
        } else if (causedBy(thrown, NotFoundException.class)) {
            showError(context, HttpServletResponse.SC_NOT_FOUND);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "page error, reference " + reference, thrown);
            showError(context, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /**
     * A plain request gets the status and the container's error page for it; an AJAX request cannot
     * show a page in place, so the browser is sent to the page for that status.
     */
    private static void showError(FacesContext context, int status) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest()) {
            String page = switch (status) {
                case HttpServletResponse.SC_FORBIDDEN -> "/error/forbidden.xhtml";
                case HttpServletResponse.SC_NOT_FOUND -> "/error/not-found.xhtml";
                default -> "/error/server-error.html";
            };
            external.redirect(external.getRequestContextPath() + page);
        } else if (!external.isResponseCommitted()) {
            external.responseReset();
            external.responseSendError(status, null);
        }
    }

    /** The page the form was on: the Referer where it is ours (it keeps the query string), else the view's address. */
    private static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String origin = request.getScheme() + "://" + request.getServerName();
                boolean ours = uri.getHost() != null && (uri.getScheme() + "://" + uri.getHost()).equalsIgnoreCase(origin)
                        && uri.getRawPath() != null && uri.getRawPath().startsWith(request.getContextPath() + "/");
                if (ours) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // falls through to the request's own address
            }
        }
        return request.getRequestURI();
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
