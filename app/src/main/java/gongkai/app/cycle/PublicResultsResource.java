package gongkai.app.cycle;

import gongkai.cycle.PublicResults;
import gongkai.cycle.PublishedResults;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public results page of a tenant (issue 4, "Publication"): no login. The tenancy filter lets
 * {@code /api/v1/public/} through without a tenant, so the tenant is set here, as the system reading for the
 * public, and only published cycles are read.
 */
@Path("v1/public/tenants/{code}/results")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultsResource {

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    PublicResults results;

    @GET
    @Operation(summary = "A tenant's published cycles: units, totals and grades (public, no login)")
    public PublishedResults published(@PathParam("code") String code) {
        Tenant tenant = jurisdictions.byCode(code).filter(Tenant::active)
                .orElseThrow(() -> DomainException.notFound("tenant " + code));
        return TenantContext.call(Acting.system(tenant.id(), tenant.code()), results::published);
    }
}
