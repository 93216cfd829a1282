package org.docuportal.web.api.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

    /** Whether members' purchases wait for an administrator's approval. */
    public record SettingsDto(Boolean purchaseApprovalRequired) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change whether members' purchases wait for an administrator's approval")
    public SettingsDto update(SettingsDto body) {
        if (body == null || body.purchaseApprovalRequired() == null) {
            throw InvalidInputException.of("purchaseApprovalRequired", "Send {\"purchaseApprovalRequired\": true} or false.");
        }
        return new SettingsDto(settings.requirePurchaseApproval(body.purchaseApprovalRequired()));
    }
}
