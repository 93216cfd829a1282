package org.docuportal.web.api.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.InstitutionSettingsService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's institution's settings. INSTITUTION_ADMIN only. */
@Path("institution/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
@Tag(name = "Institutions")
public class SettingsResource {

    @Inject
    private InstitutionSettingsService settings;

    /** Whether members' purchases wait for an administrator's approval, and whether they may stream only on campus. */
    public record SettingsDto(Boolean purchaseApprovalRequired, Boolean streamOnCampusOnly) {
    }

    @GET
    @Operation(summary = "The institution's settings")
    public SettingsDto current() {
        var current = settings.current();
        return new SettingsDto(current.purchaseApprovalRequired(), current.streamOnCampusOnly());
    }

    /** Changes the settings the body names; those it leaves out stay as they are. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change whether members' purchases wait for approval, and whether members stream only on campus")
    public SettingsDto update(SettingsDto body) {
        if (body == null || body.purchaseApprovalRequired() == null && body.streamOnCampusOnly() == null) {
            throw InvalidInputException.of("purchaseApprovalRequired",
                    "Send {\"purchaseApprovalRequired\": true|false} and/or {\"streamOnCampusOnly\": true|false}.");
        }
        var changed = settings.change(body.purchaseApprovalRequired(), body.streamOnCampusOnly());
        return new SettingsDto(changed.purchaseApprovalRequired(), changed.streamOnCampusOnly());
    }
}
