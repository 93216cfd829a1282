package org.docuportal.web.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API under {@code /api}. Who may call what is declared twice on purpose: the
 * deployment descriptor demands a signed-in caller for {@code /api/admin/*} and
 * {@code /api/me/*} (so that anonymous callers get 401 with a challenge), and
 * {@code @RolesAllowed} on resources and services names the roles (403 for the others).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Documentary licensing portal API", version = "1",
        description = "Catalog, rights windows and account tokens. Errors are RFC 9457 application/problem+json.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Account", description = "The caller's own API tokens"),
                @Tag(name = "Administration", description = "Titles, rights windows, offers, orders and avails, for platform administrators"),
                @Tag(name = "Catalog", description = "The public catalog and posters"),
                @Tag(name = "Eligibility", description = "Whether the caller's institution may license a title"),
                @Tag(name = "Impact", description = "Screening surveys, the impact report and the policy-event log"),
                @Tag(name = "Institutions", description = "Registration and the caller's institution's settings and documents"),
                @Tag(name = "Licensing", description = "Offers, quotes, orders and licenses"),
                @Tag(name = "Media studio", description = "Master video, subtitles and chapters of a title"),
                @Tag(name = "Members", description = "The members of an institution and their invitations"),
                @Tag(name = "Payment", description = "The payment provider's webhook"),
                @Tag(name = "Review", description = "The reviewers' queue and decisions on institutions"),
                @Tag(name = "Staff", description = "The distributor's staff accounts and their one-time links"),
                @Tag(name = "Streaming", description = "Playback sessions, media delivery and screeners"),
                @Tag(name = "Study guides", description = "Study guides and their stamped PDFs"),
                @Tag(name = "Usage reports", description = "Plays, minutes watched and guide downloads")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "An account's email and password."),
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A personal API token made on the account page or through /api/me/tokens.")
})
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Makes Jersey honour @RolesAllowed on resource classes.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
