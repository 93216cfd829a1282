package org.docuportal.audit.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where audit entries are kept. Only adding and reading: there is deliberately no way to change or
 * remove an entry. Implementations join the caller's transaction.
 */
public interface AuditEntries {

    void add(AuditEntry entry);

    Optional<AuditEntry> find(long id);

    /** Matching entries, newest first (ties by id, newest first). */
    List<AuditEntry> page(AuditFilter filter, int first, int max);

    long count(AuditFilter filter);
}
