package org.docuportal.audit.application;

import jakarta.enterprise.context.RequestScoped;

import org.docuportal.audit.domain.AuditSource;

/**
 * Where the current request came from, as the web module's filter marks it: page or API, and the
 * request id (the load balancer's {@code X-Request-Id} where it sends one) that ties an entry to
 * the server's logs. A request nobody marked is a job's (a timer or worker has a request context of
 * its own in CDI).
 */
@RequestScoped
public class RequestOrigin {

    private AuditSource source = AuditSource.JOB;

    private String requestId;

    public void mark(AuditSource source, String requestId) {
        this.source = source;
        this.requestId = requestId;
    }

    public AuditSource source() {
        return source;
    }

    public String requestId() {
        return requestId;
    }
}
