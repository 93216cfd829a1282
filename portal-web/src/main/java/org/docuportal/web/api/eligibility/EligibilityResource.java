package org.docuportal.web.api.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.application.CallerEligibilityService;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Whether the caller's institution may license a title, rule by rule. Any signed-in account;
 * the answer is always about the caller's own institution.
 */
@Path("titles/{slug}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Eligibility")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class EligibilityResource {

    @Inject
    private CallerEligibilityService eligibility;

    @Context
    private SecurityContext security;

    /** The decision: eligible only if every rule passed; every rule listed with its reason. */
    public record EligibilityDto(boolean eligible, List<RuleDto> rules) {
    }

    /** One rule's verdict, in words a teacher understands. */
    public record RuleDto(String id, boolean passed, String message) {
    }

    @GET
    @Operation(summary = "May the caller's institution license this title, right and term? Every rule's reason.")
    @Extension(name = "x-sign-in", value = "required")
    @APIResponse(responseCode = "200", description = "The decision with every rule")
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No title with this slug")
    public EligibilityDto eligibility(@PathParam("slug") String slug,
                                      @Parameter(required = true, schema = @Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"}))
                                      @QueryParam("rightType") String rightType,
                                      @Parameter(description = "First day of the term; default today", schema = @Schema(format = "date"))
                                      @QueryParam("start") String start,
                                      @Parameter(description = "Length of the term in months (default 12)",
                                              schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "120", defaultValue = "12"))
                                      @QueryParam("months") String months) {
        if (security.getUserPrincipal() == null) {
            // Anonymous visitors belong to no institution: they are asked to sign in, not told "no".
            throw new NotAuthorizedException("Basic realm=\"portal\"", "Bearer realm=\"portal\"");
        }
        EligibilityDecision decision = eligibility.evaluate(slug, right(rightType), date(start),
                QueryParameters.intParam("months", months, 12, 1, CallerEligibilityService.MAX_MONTHS), Locale.ENGLISH);
        return new EligibilityDto(decision.eligible(),
                decision.rules().stream().map(r -> new RuleDto(r.id(), r.passed(), r.message())).toList());
    }

    private static RightType right(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("rightType", "rightType is required: EDUCATIONAL or NON_THEATRICAL.");
        }
        try {
            return RightType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("rightType", "rightType must be one of EDUCATIONAL, NON_THEATRICAL, "
                    + "LINEAR_TV, TVOD, SVOD, AVOD, FVOD.");
        }
    }

    private static LocalDate date(String value) {
        return CalendarDates.parse("start", value).orElse(null);
    }
}
