package org.docuportal.web.api.licensing;

import java.time.LocalDate;
import java.util.Arrays;
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
import org.docuportal.licensing.application.PurchaseService;
import org.docuportal.licensing.application.QuoteService;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.QueryParameters;
import org.docuportal.web.api.licensing.LicensingDtos.PurchasePageDto;
import org.docuportal.web.api.licensing.LicensingDtos.QuoteDecisionDto;
import org.docuportal.web.api.licensing.LicensingDtos.QuoteDto;
import org.docuportal.web.api.licensing.LicensingDtos.QuoteRequestDto;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/**
 * Quotes of the caller's institution: asked for by members, approved or declined by its administrators,
 * and listed with their orders and licenses as the caller's purchases.
 */
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class QuotesResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    private QuoteService quotes;

    @Inject
    private PurchaseService purchases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(operationId = "quotesRequest", summary = "Ask for a quote: eligibility is checked again, then the institution's price applies")
    @APIResponse(responseCode = "201", description = "The quote (OPEN, or AWAITING_APPROVAL by the institution's administrator)",
            content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "409", description = "Not eligible (errors[] names each failing rule) or no price")
    public Response quote(QuoteRequestDto body) {
        if (body == null || body.offerId() == null) {
            throw InvalidInputException.of("offerId", "Choose an offer (offerId).");
        }
        return Response.status(Response.Status.CREATED)
                .entity(QuoteDto.of(quotes.requestQuote(body.offerId(), date(body.start())))).build();
    }

    @GET
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(operationId = "quotesList", summary = "The caller's purchases: quotes with their orders and licenses, newest first",
            description = "Institution administrators see every quote of their institution; teachers and training officers"
                    + " the quotes they asked for. Each says what comes next (nextStep). Pages count from 0.")
    @APIResponse(responseCode = "200", description = "A page of purchases",
            content = @Content(schema = @Schema(implementation = PurchasePageDto.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed (application/problem+json naming it)")
    public PurchasePageDto list(
            @Parameter(description = "Only quotes in this status; AWAITING_APPROVAL lists those an administrator must decide",
                    schema = @Schema(enumeration = {"AWAITING_APPROVAL", "OPEN", "DECLINED", "ORDERED"})) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Purchases per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return PurchasePageDto.of(purchases.purchases(status(status), QueryParameters.intParam("page", page, 0, 0, 1_000_000),
                QueryParameters.intParam("size", size, DEFAULT_PAGE_SIZE, 1, PurchaseService.MAX_PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "A quote of the caller's institution")
    public QuoteDto quote(@PathParam("id") long id) {
        return QuoteDto.of(quotes.quote(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The quote as a PDF document")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.attachment(quotes.pdf(id), "application/pdf", "quote-" + id + ".pdf");
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Approve or decline (with a reason) a member's purchase request")
    public QuoteDto decide(@PathParam("id") long id, QuoteDecisionDto body) {
        if (body == null || body.approve() == null) {
            throw InvalidInputException.of("approve", "Send {\"approve\": true} or {\"approve\": false, \"reason\": \"...\"}.");
        }
        return QuoteDto.of(quotes.decide(id, body.approve(), body.reason()));
    }

    private static QuoteStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QuoteStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "status must be one of " + Arrays.toString(QuoteStatus.values()) + ".");
        }
    }

    private static LocalDate date(String value) {
        return CalendarDates.parse("start", value)
                .orElseThrow(() -> InvalidInputException.of("start", "Give the start date, such as 2027-01-31."));
    }
}
