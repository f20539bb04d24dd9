package gongkai.app.cycle;

import gongkai.cycle.RectificationDecision;
import gongkai.cycle.RectificationInput;
import gongkai.cycle.RectificationReport;
import gongkai.cycle.RectificationView;
import gongkai.cycle.Rectifications;
import gongkai.error.Check;
import gongkai.app.problem.PathIds;
import gongkai.error.DomainException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Rectification orders (整改, issue 4): ordered, reported by the unit, accepted or sent back by the office. */
@Path("v1/tenants/{code}/rectification-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {

    @Inject
    Rectifications rectifications;

    @GET
    @Operation(summary = "The rectification orders the caller may see (optionally of one cycle or unit), the earliest "
            + "due first, with whether each is overdue")
    public List<RectificationView> list(@PathParam("code") String code, @QueryParam("cycle") String cycleCode,
                                        @QueryParam("unit") String unitCode) {
        return rectifications.list(blankToNull(cycleCode), blankToNull(unitCode));
    }

    @POST
    @Operation(summary = "Order a rectification by hand (the office); due the cycle's number of working days later")
    public Response order(@PathParam("code") String code, RectificationInput input) {
        RectificationView created = rectifications.order(Check.present("body", input));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/rectification-orders/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{orderId}")
    @Operation(summary = "One rectification order")
    public RectificationView get(@PathParam("code") String code, @PathParam("orderId") String orderId) {
        return rectifications.get(PathIds.uuid(orderId, "rectification order"));
    }

    @POST
    @Path("{orderId}/report")
    @Operation(summary = "File the rectification report with evidence file ids (the unit's liaison); 409 while one "
            + "awaits a decision or once accepted")
    public RectificationView report(@PathParam("code") String code, @PathParam("orderId") String orderId,
                                    RectificationReport report) {
        return rectifications.report(PathIds.uuid(orderId, "rectification order"), Check.present("body", report));
    }

    @POST
    @Path("{orderId}/acceptance")
    @Operation(summary = "Accept the report (the office); 409 if no report awaits a decision")
    public RectificationView accept(@PathParam("code") String code, @PathParam("orderId") String orderId,
                                    RectificationDecision decision) {
        return rectifications.accept(PathIds.uuid(orderId, "rectification order"), decision);
    }

    @POST
    @Path("{orderId}/send-back")
    @Operation(summary = "Send the report back with a reason (the office); 409 if no report awaits a decision")
    public RectificationView sendBack(@PathParam("code") String code, @PathParam("orderId") String orderId,
                                      RectificationDecision decision) {
        return rectifications.sendBack(PathIds.uuid(orderId, "rectification order"), Check.present("body", decision));
    }


    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
