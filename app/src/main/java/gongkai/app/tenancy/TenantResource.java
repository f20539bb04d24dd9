package gongkai.app.tenancy;

import gongkai.error.Check;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.TenantDraft;
import gongkai.tenancy.TenantSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Jurisdictions (tenants): the platform administrator's tree; each office reads and tends its own. */
@Path("v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    Jurisdictions jurisdictions;

    @GET
    @Operation(summary = "The tenants the caller sees, as a tree")
    public List<TenantSummary> tree() {
        return jurisdictions.tree();
    }

    @POST
    @Operation(summary = "Create a tenant (platform administrator)")
    public Response create(TenantDraft draft) {
        TenantSummary created = jurisdictions.create(Check.present("body", draft));
        return Response.created(URI.create("/api/v1/tenants/" + created.code())).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One tenant")
    public TenantSummary get(@PathParam("code") String code) {
        return jurisdictions.get(code);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change a tenant (its office: names, time zone, prefix; platform administrator: also level and parent)")
    public TenantSummary update(@PathParam("code") String code, TenantDraft draft) {
        return jurisdictions.update(code, Check.present("body", draft));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Deactivate a tenant (platform administrator); its data stays")
    public TenantSummary deactivate(@PathParam("code") String code) {
        return jurisdictions.deactivate(code);
    }
}
