package gongkai.app.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** Public: that the application is deployed and answering (readiness is /health/ready). */
@Path("v1/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    public record Status(String status, String api) {
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "Whether the application is deployed and answering")
    public Status status() {
        return new Status("UP", "v1");
    }
}
