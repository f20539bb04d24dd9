package gongkai.app.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

import java.util.Map;

/** The REST API under /api; resources are found by scanning. JSON is Jackson's (records), not JSON-B's. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Gongkai API", version = "v1",
        description = "Government-openness assessment for many jurisdictions"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")})
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Payara brings MOXy and JSON-B as JSON providers; Jackson (JsonMapper) handles records properly.
        return Map.of("jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableJsonBinding", true,
                "jersey.config.disableMoxyJson", true,
                "jersey.config.server.disableMoxyJson", true,
                // jackson-jakarta-rs registers its own exception mappers (text/plain) through META-INF/services;
                // our providers are found by scanning and answer problem+json.
                "jersey.config.disableMetainfServicesLookup", true,
                "jersey.config.server.disableMetainfServicesLookup", true);
    }
}
