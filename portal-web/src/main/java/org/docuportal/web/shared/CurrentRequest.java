package org.docuportal.web.shared;

import java.util.Optional;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP request the current thread serves, for {@link PublicAddresses}. A thread-bound value
 * rather than CDI's injectable request, because links are also made where no request exists
 * (timers, start-up) and that must read as "none", not fail.
 */
@WebListener
public class CurrentRequest implements ServletRequestListener {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    static Optional<HttpServletRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            CURRENT.set(request);
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }
}
