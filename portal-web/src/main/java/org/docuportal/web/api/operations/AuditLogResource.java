package org.docuportal.web.api.operations;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.FieldChange;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.SubjectType;
import org.docuportal.operations.application.AuditEntryView;
import org.docuportal.operations.application.AuditLogPage;
import org.docuportal.operations.application.AuditLogService;
import org.docuportal.operations.application.AuditQuery;
import org.docuportal.web.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log: every administrative change, newest first, filtered and paged. Read-only — there
 * is no way to change or delete an entry, here or anywhere. PLATFORM_ADMIN.
 */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class AuditLogResource {

    /** One field of the subject before and after; {@code changed} only where both exist and differ. */
    public record AuditFieldDto(String field, String before, String after, boolean changed) {

        static AuditFieldDto of(FieldChange c) {
            return new AuditFieldDto(c.field(), c.before(), c.after(), c.changed());
        }
    }

    /**
     * One administrative change. The actor's fields are null for a payment provider's notice or a job;
     * an erased person shows as their pseudonym. {@code beforeJson}/{@code afterJson} are the stored
     * snapshots as JSON text (null for a creation or a deletion); {@code fields} pairs them up.
     */
    public record AuditEntryDto(long id, String occurredAt, Long actorAccountId, String actorEmail, String actorName,
                                String actorRole, AuditAction action, SubjectType subjectType, String subjectId,
                                String subjectLabel, Long institutionId, String institutionName, List<AuditFieldDto> fields,
                                String beforeJson, String afterJson, String source, String requestId) {

        static AuditEntryDto of(AuditEntryView e) {
            return new AuditEntryDto(e.id(), e.occurredAt().toString(), e.actor().accountId(), e.actor().email(), e.actor().name(),
                    e.actor().role(), e.action(), e.subjectType(), e.subjectId(), e.subjectLabel(), e.institutionId(),
                    e.institutionName(), e.changes().stream().map(AuditFieldDto::of).toList(), e.beforeJson(), e.afterJson(),
                    e.source().name(), e.requestId());
        }
    }

    /** A page of the audit log; pages count from 0. */
    public record AuditPageDto(List<AuditEntryDto> entries, int page, int size, long totalEntries, int totalPages) {

        static AuditPageDto of(AuditLogPage p) {
            return new AuditPageDto(p.entries().stream().map(AuditEntryDto::of).toList(), p.page(), p.size(), p.totalEntries(),
                    p.totalPages());
        }
    }

    @Inject
    private AuditLogService log;

    @GET
    @Operation(operationId = "auditLog", summary = "Administrative changes, newest first: who, when, what, before and after",
            description = "Every filter is optional; several narrow the list together. from and to are whole days in UTC,"
                    + " both included. Pages count from 0.")
    @APIResponse(responseCode = "200", description = "A page of the audit log",
            content = @Content(schema = @Schema(implementation = AuditPageDto.class)))
    @APIResponse(responseCode = "400", description = "A filter, page or size is malformed (application/problem+json naming it)")
    public AuditPageDto list(
            @Parameter(description = "Only this action code, such as LICENSE_ISSUED") @QueryParam("action") String action,
            @Parameter(description = "Only changes made by this email address (or an erased person's pseudonym)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 320)) @QueryParam("actor") String actor,
            @Parameter(description = "Only changes to this kind of subject, such as LICENSE or INSTITUTION") @QueryParam("subjectType")
            String subjectType,
            @Parameter(description = "Only changes concerning this institution (its number)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("institution")
            String institution,
            @Parameter(description = "First day, yyyy-mm-dd (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-mm-dd (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Entries per page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size) {
        return AuditPageDto.of(log.page(new AuditQuery(action, actor, subjectType, institution, from, to),
                QueryParameters.intParam("page", page, 0, 0, 1_000_000),
                QueryParameters.intParam("size", size, AuditLogService.DEFAULT_SIZE, 1, AuditLogService.MAX_SIZE)));
    }
}
