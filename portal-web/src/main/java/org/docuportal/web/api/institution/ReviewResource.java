package org.docuportal.web.api.institution;

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
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.DocumentService;
import org.docuportal.institution.application.ReviewService;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The reviewers' queue and decisions. REVIEWER and PLATFORM_ADMIN only. */
@Path("admin/institutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN})
@Tag(name = "Review")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class ReviewResource {

    @Inject
    private ReviewService reviews;

    @Inject
    private DocumentService documents;

    @GET
    @Operation(summary = "Institutions with a status (default PENDING), oldest first, with evidence and trail")
    public List<InstitutionDto> queue(@Parameter(schema = @Schema(enumeration = {"PENDING", "INFO_REQUESTED", "VERIFIED", "REJECTED",
            "SUSPENDED"}, defaultValue = "PENDING")) @QueryParam("status") String status) {
        return reviews.withStatus(status(status)).stream().map(InstitutionDtoAssembler::toDto).toList();
    }

    /** A reviewer's decision on proposed domains and ranges, and the reason the institution will read. */
    @Schema(name = "NetworkChangeDecision")
    public record NetworkDecisionDto(@Schema(required = true, enumeration = {"APPROVE", "DECLINE"}) String decision,
                                     @Schema(required = true, maxLength = 2000) String reason) {
    }

    @GET
    @Path("network-changes")
    @Operation(summary = "Institutions whose administrators proposed new email domains or IP ranges, oldest first;"
            + " networkChange holds the proposal, emailDomains and ipRanges what is in force")
    public List<InstitutionDto> networkChanges() {
        return reviews.withNetworkChangeWaiting().stream().map(InstitutionDtoAssembler::toDto).toList();
    }

    @POST
    @Path("{id}/network-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve (APPROVE) or decline (DECLINE) an institution's proposed email domains and IP ranges,"
            + " with a required reason")
    @APIResponse(responseCode = "200", description = "Decided; the answer is the institution as it stands now",
            content = @Content(schema = @Schema(implementation = InstitutionDto.class)))
    @APIResponse(responseCode = "400", description = "Decision or reason missing or unknown")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "No change waits for review")
    public InstitutionDto decideNetworkChange(@PathParam("id") long id, NetworkDecisionDto body) {
        String decision = body == null || body.decision() == null ? "" : body.decision().strip().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVE") && !decision.equals("DECLINE")) {
            throw InvalidInputException.of("decision", "Send {\"decision\": \"APPROVE\" or \"DECLINE\", \"reason\": \"...\"}.");
        }
        return InstitutionDtoAssembler.toDto(reviews.decideNetworkChange(id, decision.equals("APPROVE"), body.reason()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One institution with evidence and review trail")
    public InstitutionDto institution(@PathParam("id") long id) {
        return InstitutionDtoAssembler.toDto(reviews.institution(id));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide: APPROVE, REJECT, REQUEST_INFO or SUSPEND, with a required reason")
    @APIResponse(responseCode = "201", description = "Decided; the answer is the institution with its trail",
            content = @Content(schema = @Schema(implementation = InstitutionDto.class)))
    @APIResponse(responseCode = "400", description = "Decision or reason missing or unknown")
    @APIResponse(responseCode = "409", description = "The decision makes no sense from the institution's status")
    public Response decide(@PathParam("id") long id, DecisionRequestDto body) {
        if (body == null) {
            throw InvalidInputException.of("decision", "Send {\"decision\": \"APPROVE\", \"reason\": \"...\"}.");
        }
        Institution.Decision decision = decision(body.decision());
        return Response.status(Response.Status.CREATED)
                .entity(InstitutionDtoAssembler.toDto(reviews.decide(id, decision, body.reason())))
                .build();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download a document the institution uploaded")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return Downloads.attachment(documents.download(id, documentId));
    }

    private static InstitutionStatus status(String value) {
        if (value == null || value.isBlank()) {
            return InstitutionStatus.PENDING;
        }
        try {
            return InstitutionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "status must be one of PENDING, INFO_REQUESTED, VERIFIED, REJECTED, SUSPENDED.");
        }
    }

    private static Institution.Decision decision(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Institution.Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("decision", "decision must be one of APPROVE, REJECT, REQUEST_INFO, SUSPEND.");
        }
    }
}
