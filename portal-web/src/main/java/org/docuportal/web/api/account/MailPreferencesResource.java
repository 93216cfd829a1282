package org.docuportal.web.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.application.MailPreferenceService;
import org.docuportal.account.application.MailPreferencesView;
import org.docuportal.account.domain.Role;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own mail choices: news and reminders may be turned off. Essential mail (confirmation
 * links, invitations, approvals asked of the caller, payment instructions, declines, revocations)
 * is always sent and has no switch.
 */
@Path("me/mail-preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
@Tag(name = "Account")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class MailPreferencesResource {

    @Inject
    private MailPreferenceService preferences;

    /** Which non-essential mail the caller gets; in a change, a field left out stays as it is. */
    public record MailPreferencesDto(
            @Schema(description = "Status news: quotes made, licenses issued (as a copy), started or ended") Boolean news,
            @Schema(description = "Reminders, such as a license ending in 30 days") Boolean reminders) {

        static MailPreferencesDto of(MailPreferencesView view) {
            return new MailPreferencesDto(view.news(), view.reminders());
        }
    }

    @GET
    @Operation(summary = "Which news and reminders I get by mail")
    @Extension(name = "x-sign-in", value = "required")
    @APIResponse(responseCode = "200", description = "My choices; both true until changed")
    public MailPreferencesDto current() {
        return MailPreferencesDto.of(preferences.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn news and/or reminders by mail on or off")
    @Extension(name = "x-sign-in", value = "required")
    @APIResponse(responseCode = "200", description = "My choices after the change")
    @APIResponse(responseCode = "400", description = "Neither field given, or one that is not true or false (errors[].field names it)")
    public MailPreferencesDto change(MailPreferencesDto body) {
        if (body == null || body.news() == null && body.reminders() == null) {
            throw InvalidInputException.of("news", "Send {\"news\": true|false} and/or {\"reminders\": true|false}.");
        }
        return MailPreferencesDto.of(preferences.change(body.news(), body.reminders()));
    }
}
