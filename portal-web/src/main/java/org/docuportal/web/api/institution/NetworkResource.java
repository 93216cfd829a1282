package org.docuportal.web.api.institution;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's institution's email domains and IP ranges. INSTITUTION_ADMIN only. A change that
 * widens who belongs waits for the reviewers; the answer says whether it did.
 */
@Path("institution/network")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
@Tag(name = "Institutions")
public class NetworkResource {

    @Inject
    private InstitutionSettingsService settings;

    /** The new lists; both are replaced as a whole. */
    @Schema(name = "InstitutionNetworkChange")
    public record NetworkChangeDto(@Schema(required = true, example = "[\"school.example\"]") List<String> emailDomains,
                                   @Schema(example = "[\"192.0.2.0/24\"]") List<String> ipRanges) {
    }

    /** The lists in force and, where a change waits for the reviewers, the proposed ones. */
    @Schema(name = "InstitutionNetwork")
    public record NetworkDto(List<String> emailDomains, List<String> ipRanges,
                             @Schema(description = "Whether a change waits for the reviewers") boolean changeWaiting,
                             List<String> proposedEmailDomains, List<String> proposedIpRanges,
                             @Schema(format = "date-time") String changeProposedAt) {

        static NetworkDto of(InstitutionSettingsService.Settings s) {
            return new NetworkDto(InstitutionDtoAssembler.sorted(s.emailDomains()), InstitutionDtoAssembler.sorted(s.ipRanges()),
                    s.changeWaiting(), InstitutionDtoAssembler.sorted(s.proposedEmailDomains()),
                    InstitutionDtoAssembler.sorted(s.proposedIpRanges()),
                    s.changeProposedAt() == null ? null : s.changeProposedAt().toString());
        }
    }

    @GET
    @Operation(summary = "The institution's email domains and IP ranges, and a change waiting for review")
    public NetworkDto current() {
        return NetworkDto.of(settings.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the institution's email domains and IP ranges",
            description = "Removing domains or ranges (or narrowing a range) takes effect at once. Adding a domain or a range"
                    + " outside those held waits for the reviewers (changeWaiting is true); the lists in force stay until then.")
    @APIResponse(responseCode = "200", description = "Changed, or waiting for review",
            content = @Content(schema = @Schema(implementation = NetworkDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names every bad domain and range; nothing changed")
    public NetworkDto change(NetworkChangeDto body) {
        if (body == null) {
            throw InvalidInputException.of("emailDomains",
                    "Send {\"emailDomains\": [\"school.example\"], \"ipRanges\": [\"192.0.2.0/24\"]}.");
        }
        return NetworkDto.of(settings.changeNetwork(InstitutionDtoAssembler.ordered(body.emailDomains()),
                InstitutionDtoAssembler.ordered(body.ipRanges())));
    }
}
