package org.docuportal.web.api.impact;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.impact.application.AnswerReceipt;
import org.docuportal.impact.application.SurveyForm;
import org.docuportal.impact.application.SurveyService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.impact.ImpactDtos.ReceiptDto;
import org.docuportal.web.api.impact.ImpactDtos.ResponseDto;
import org.docuportal.web.api.impact.ImpactDtos.SurveyDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** The public survey of a screening, by the code of its link: anyone may read it and answer, anonymously. */
@Path("surveys")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact")
public class SurveysResource {

    /** The scale's points, from 1 to 5, so that a client can label its buttons. */
    static final List<String> SCALE = List.of("strongly disagree", "disagree", "neither agree nor disagree", "agree",
            "strongly agree");

    @Inject
    private SurveyService surveys;

    @GET
    @Path("{code}")
    @Operation(summary = "The survey's statements, to be answered from 1 (strongly disagree) to 5 (strongly agree)")
    @APIResponse(responseCode = "404", description = "No survey has this code")
    public SurveyDto survey(@PathParam("code") String code) {
        SurveyForm form = surveys.survey(code);
        return new SurveyDto(form.title(), form.screeningDate(), form.items(), form.open(), SCALE);
    }

    @POST
    @Path("{code}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer before (PRE) or after (POST) the screening; PRE returns the pairing code to keep")
    @APIResponse(responseCode = "201", description = "Recorded; nothing about the participant is stored",
            content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names phase, answers, answers[i] or pairingCode")
    @APIResponse(responseCode = "410", description = "The survey is closed")
    public Response answer(@PathParam("code") String code, ResponseDto body) {
        if (body == null) {
            throw InvalidInputException.of("answers", "Send the answers as a JSON object.");
        }
        AnswerReceipt receipt = surveys.answer(code, body.phase(), body.answers(), body.pairingCode());
        return Response.status(Response.Status.CREATED)
                .entity(new ReceiptDto(receipt.phase(), receipt.pairingCode(), receipt.paired()))
                .header("Cache-Control", "no-store").build();
    }
}
