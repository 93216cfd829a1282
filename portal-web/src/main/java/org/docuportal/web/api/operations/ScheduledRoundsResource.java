package org.docuportal.web.api.operations;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.operations.application.ScheduledRoundsService;
import org.docuportal.shared.jobs.JobLeaseView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The scheduled rounds' leases: which server ran each round last and when it ended. PLATFORM_ADMIN. */
@Path("admin/scheduled-rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
public class ScheduledRoundsResource {

    /**
     * One round's lease; times are ISO-8601 instants, null where the round never ran.
     *
     * @param holder the server that claimed it last (host/random id of that start)
     * @param held whether that server's lease still holds: the round is running or ran within its lease
     */
    public record ScheduledRoundDto(String name, String holder, String claimedAt, String leaseUntil, String lastFinishedAt,
                                    boolean held) {

        static ScheduledRoundDto of(JobLeaseView l) {
            return new ScheduledRoundDto(l.name(), l.holder(), text(l.claimedAt()), text(l.leaseUntil()), text(l.lastFinishedAt()),
                    l.held());
        }

        private static String text(java.time.Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    @Inject
    private ScheduledRoundsService rounds;

    @GET
    @Operation(summary = "The scheduled rounds (license round, payment-request round, privacy retention) and which server ran each last")
    @APIResponse(responseCode = "200", description = "Every round's lease, by name")
    public List<ScheduledRoundDto> list() {
        return rounds.rounds().stream().map(ScheduledRoundDto::of).toList();
    }
}
