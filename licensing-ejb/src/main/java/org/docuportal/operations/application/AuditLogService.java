package org.docuportal.operations.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.domain.AuditEntries;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditFilter;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.shared.application.InvalidInputException;

/**
 * The audit log for platform administrators: every administrative change, newest first, filtered
 * and paged. Reading only; nothing here (or anywhere) changes an entry.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class AuditLogService {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @Inject
    private AuditEntries entries;

    @Inject
    private InstitutionRepository institutions;

    /**
     * @param page from 0
     * @throws InvalidInputException naming the bad filter, {@code page} or {@code size}
     */
    public AuditLogPage page(AuditQuery query, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "size must be a whole number from 1 to " + MAX_SIZE + ".");
        }
        AuditFilter filter = (query == null ? AuditQuery.ALL : query).toFilter();
        long total = entries.count(filter);
        List<AuditEntry> found = entries.page(filter, (int) Math.min((long) page * size, Integer.MAX_VALUE), size);
        Map<Long, String> names = new HashMap<>();
        found.stream().map(AuditEntry::institutionId).filter(Objects::nonNull).distinct()
                .forEach(id -> institutions.find(id).map(Institution::name).ifPresent(name -> names.put(id, name)));
        return new AuditLogPage(found.stream().map(e -> AuditEntryView.of(e, names.get(e.institutionId()))).toList(),
                page, size, total);
    }
}
