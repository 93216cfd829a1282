package org.docuportal.operations.application;

import java.io.Serializable;
import java.util.List;

/** One page of the audit log, newest first. */
public record AuditLogPage(List<AuditEntryView> entries, int page, int size, long totalEntries) implements Serializable {

    public int totalPages() {
        return (int) ((totalEntries + size - 1) / size);
    }
}
