package org.docuportal.audit.domain;

/** Through what a change came: a page, the API (a person's token or a provider's notice), or a background job. */
public enum AuditSource {
    PAGE,
    API,
    JOB
}
