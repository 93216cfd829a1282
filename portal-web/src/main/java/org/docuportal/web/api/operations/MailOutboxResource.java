package org.docuportal.web.api.operations;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.operations.application.MailOutboxService;
import org.docuportal.operations.application.OutboxEntryView;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.mail.OutboxStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mail outbox: mails waiting for delivery or given up, and "retry now". Recipient and subject
 * only, never a body (bodies hold one-time links). PLATFORM_ADMIN.
 */
@Path("admin/mail-outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class MailOutboxResource {

    /** One mail in the outbox; times are ISO-8601 instants, null where they do not apply. */
    public record OutboxMailDto(long id, String recipient, String subject, String status, int attempts, String queuedAt,
                                String nextAttemptAt, String sentAt, String lastError, boolean sendingNow) {

        static OutboxMailDto of(OutboxEntryView m) {
            return new OutboxMailDto(m.id(), m.recipient(), m.subject(), m.status().name(), m.attempts(), m.queuedAt().toString(),
                    m.nextAttemptAt() == null ? null : m.nextAttemptAt().toString(),
                    m.sentAt() == null ? null : m.sentAt().toString(), m.lastError(), m.sendingNow());
        }
    }

    @Inject
    private MailOutboxService outbox;

    @GET
    @Operation(summary = "Mails in the outbox, the most recently queued first (at most 200): pending and failed ones unless status says otherwise")
    @APIResponse(responseCode = "200", description = "The mails, without their bodies")
    @APIResponse(responseCode = "400", description = "status is not PENDING, FAILED or SENT (application/problem+json)")
    public List<OutboxMailDto> list(
            @Parameter(description = "PENDING, FAILED or SENT, or several separated by commas") @QueryParam("status") String status) {
        return outbox.list(statuses(status)).stream().map(OutboxMailDto::of).toList();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a pending or failed mail now; a failed one gets one more attempt")
    @APIResponse(responseCode = "200", description = "The mail, pending and due now")
    @APIResponse(responseCode = "404", description = "No such mail in the outbox (application/problem+json)")
    @APIResponse(responseCode = "409", description = "The mail was sent already, or a server is sending it right now (application/problem+json)")
    public OutboxMailDto retry(@PathParam("id") long id) {
        return OutboxMailDto.of(outbox.retry(id));
    }

    private static Set<OutboxStatus> statuses(String value) {
        Set<OutboxStatus> statuses = EnumSet.noneOf(OutboxStatus.class);
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String part : value.split(",", -1)) {
            try {
                statuses.add(OutboxStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "status must be PENDING, FAILED or SENT (several separated by commas).");
            }
        }
        return statuses;
    }
}
