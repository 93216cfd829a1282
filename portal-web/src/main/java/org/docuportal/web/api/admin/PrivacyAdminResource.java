package org.docuportal.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.privacy.application.RetentionJob;
import org.docuportal.privacy.application.RetentionRun;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The daily pseudonymization pass, run at once (after lowering the retention setting, say). It uses
 * the configured retention, like the daily pass: it can forget no earlier than the setting says.
 * PLATFORM_ADMIN only.
 */
@Path("admin/privacy/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Privacy")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class PrivacyAdminResource {

    @Inject
    private RetentionJob job;

    /** What a pass changed: records of {@code firstKeptMonth} and later still name their people. */
    public record RetentionRunDto(String firstKeptMonth, int plays, int guideDownloads, int screenerRequests) {

        static RetentionRunDto of(RetentionRun run) {
            return new RetentionRunDto(run.firstKeptMonth().toString(), run.plays(), run.guideDownloads(), run.screenerRequests());
        }
    }

    @POST
    @Operation(summary = "Pseudonymize the people in usage records older than the retention period, now")
    public RetentionRunDto run() {
        return RetentionRunDto.of(job.runNow());
    }
}
