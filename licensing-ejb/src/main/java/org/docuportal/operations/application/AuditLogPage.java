package org.docuportal.operations.application;

import java.util.List;

/** One page of the audit log, newest first. */
public record AuditLogPage(List<AuditEntryView> entries, int page, int size, long totalEntries) {

    public int totalPages() {
        return (int) ((totalEntries + size - 1) / size);
    }
}
