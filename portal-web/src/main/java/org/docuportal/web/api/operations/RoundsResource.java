package org.docuportal.web.api.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.LicenseRoundOnDemand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scheduled rounds run now: the hourly license round (expiries, start notices, renewal reminders), on
 * the server that takes the request, through the round's lease. PLATFORM_ADMIN.
 */
@Path("admin/rounds/license-round/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class RoundsResource {

    /** A round that ran: which one, and the server that ran it. */
    public record RoundRunDto(String round, String server) {
    }

    @Inject
    private LicenseRoundOnDemand licenseRound;

    @POST
    @Operation(summary = "Run the hourly license round now: expire licenses whose term is over, mail start notices and"
            + " renewal reminders that are due, each once")
    @APIResponse(responseCode = "200", description = "The round ran to its end on the server named")
    @APIResponse(responseCode = "409", description = "A license round is in progress on another server right now"
            + " (application/problem+json)")
    public RoundRunDto run() {
        return new RoundRunDto("license-round", licenseRound.runNow());
    }
}
