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

/**
 * The JSON API under {@code /api}. Who may call what is declared twice on purpose: the
 * deployment descriptor demands a signed-in caller for {@code /api/admin/*} and
 * {@code /api/me/*} (so that anonymous callers get 401 with a challenge), and
 * {@code @RolesAllowed} on resources and services names the roles (403 for the others).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Documentary licensing portal API", version = "1",
        description = "Catalog, rights windows and account tokens. Errors are RFC 9457 application/problem+json.",
        license = @License(name = "Apache-2.0")))
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
