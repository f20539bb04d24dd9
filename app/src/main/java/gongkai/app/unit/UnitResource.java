package gongkai.app.unit;

import gongkai.error.Check;
import gongkai.unit.Unit;
import gongkai.unit.UnitDraft;
import gongkai.unit.Units;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** A tenant's assessed units. */
@Path("v1/tenants/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    Units units;

    @GET
    @Operation(summary = "The tenant's assessed units")
    public List<Unit> list(@PathParam("code") String code,
                           @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return units.list(includeInactive);
    }

    @POST
    @Operation(summary = "Create an assessed unit (the tenant's office)")
    public Response create(@PathParam("code") String code, UnitDraft draft) {
        Unit created = units.create(Check.present("body", draft));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/units/" + created.code()))
                .entity(created).build();
    }

    @GET
    @Path("{unitCode}")
    @Operation(summary = "One assessed unit")
    public Unit get(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return units.get(unitCode);
    }

    @PUT
    @Path("{unitCode}")
    @Operation(summary = "Change an assessed unit (the tenant's office)")
    public Unit update(@PathParam("code") String code, @PathParam("unitCode") String unitCode, UnitDraft draft) {
        return units.update(unitCode, Check.present("body", draft));
    }

    @DELETE
    @Path("{unitCode}")
    @Operation(summary = "Deactivate an assessed unit (the tenant's office); its history stays")
    public Unit deactivate(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return units.setActive(unitCode, false);
    }

    @POST
    @Path("{unitCode}/reactivation")
    @Operation(summary = "Reactivate an assessed unit (the tenant's office)")
    public Unit reactivate(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return units.setActive(unitCode, true);
    }
}
