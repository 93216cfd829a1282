package org.docuportal.web.api.impact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.impact.application.SurveyTemplateService;
import org.docuportal.impact.application.TemplateView;
import org.docuportal.web.api.impact.ImpactDtos.ItemsDto;
import org.docuportal.web.api.impact.ImpactDtos.TemplateDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A film's survey template: members read it, platform administrators replace it. */
@Path("survey-templates/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact")
public class SurveyTemplateResource {

    @Inject
    private SurveyTemplateService templates;

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    @Operation(summary = "The statements new surveys of the film start from")
    public TemplateDto template(@PathParam("slug") String slug) {
        return dto(templates.template(slug));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Replace the film's statements; surveys already opened keep theirs")
    public TemplateDto replace(@PathParam("slug") String slug, ItemsDto body) {
        return dto(templates.replace(slug, body == null ? null : body.items()));
    }

    private static TemplateDto dto(TemplateView v) {
        return new TemplateDto(v.titleSlug(), v.title(), v.items(), v.generic());
    }
}
