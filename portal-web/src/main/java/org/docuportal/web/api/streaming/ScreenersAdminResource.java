package org.docuportal.web.api.streaming;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.entitlement.application.ScreenerService;
import org.docuportal.entitlement.application.ScreenerView;
import org.docuportal.entitlement.domain.ScreenerStatus;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Screener requests and their decisions. PLATFORM_ADMIN only. */
@Path("admin/screeners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Streaming")
public class ScreenersAdminResource {

    @Inject
    private ScreenerService screeners;

    public record ScreenerDto(long id, String title, String titleName, String name, String organisation, String role,
                              String reason, @Schema(format = "email") String email,
                              @Schema(enumeration = {"REQUESTED", "APPROVED", "DECLINED"}) String status, Instant requestedAt, Instant decidedAt,
                              String decidedBy, String decisionReason, Instant validUntil) {

        static ScreenerDto of(ScreenerView v) {
            return new ScreenerDto(v.id(), v.titleSlug(), v.title(), v.name(), v.organisation(), v.role(), v.reason(), v.email(),
                    v.status().name(), v.requestedAt(), v.decidedAt(), v.decidedBy(), v.decisionReason(), v.validUntil());
        }
    }

    /** APPROVE (with {@code hours}, 72 by default) or DECLINE (with a {@code reason}). */
    @Schema(name = "ScreenerDecision")
    public record DecisionDto(@Schema(required = true, enumeration = {"APPROVE", "DECLINE"}) String decision,
                              @Schema(minimum = "1", maximum = "744", defaultValue = "72", description = "For APPROVE") Integer hours,
                              @Schema(maxLength = 2000, description = "Required for DECLINE") String reason) {
    }

    @GET
    @Operation(summary = "Screener requests, optionally of one status (REQUESTED, APPROVED, DECLINED)")
    public List<ScreenerDto> requests(@Parameter(schema = @Schema(enumeration = {"REQUESTED", "APPROVED", "DECLINED"}))
                                      @QueryParam("status") String status) {
        ScreenerStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ScreenerStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "Use REQUESTED, APPROVED or DECLINED.");
            }
        }
        return screeners.requests(wanted).stream().map(ScreenerDto::of).toList();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a request into a time-limited screener, or decline it with a reason")
    public ScreenerDto decide(@PathParam("id") long id, DecisionDto body) {
        String decision = body == null || body.decision() == null ? "" : body.decision().strip().toUpperCase(Locale.ROOT);
        return ScreenerDto.of(switch (decision) {
            case "APPROVE" -> screeners.approve(id, body.hours());
            case "DECLINE" -> screeners.decline(id, body.reason());
            default -> throw InvalidInputException.of("decision", "Choose APPROVE or DECLINE.");
        });
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send the requester a new link to an approved screener that has not ended",
               description = "For a lost approval mail: the link exists only in that mail. A new secret replaces the old one,"
                       + " so the link sent before stops working; the mail leaves through the outbox.")
    @APIResponse(responseCode = "200", description = "The screener; the new link is on its way by mail")
    @APIResponse(responseCode = "404", description = "No such screener request (application/problem+json)")
    @APIResponse(responseCode = "409", description = "The request is not approved, or the screener has ended (application/problem+json)")
    public ScreenerDto resend(@PathParam("id") long id) {
        return ScreenerDto.of(screeners.sendLinkAgain(id));
    }
}
