package gongkai.app.cycle;

import gongkai.app.problem.PathIds;
import gongkai.cycle.AccountabilityFlags;
import gongkai.cycle.CaseOpening;
import gongkai.cycle.FlagView;
import gongkai.cycle.SocialEvaluationResult;
import gongkai.error.Check;
import gongkai.error.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** Accountability flags (issue 4): FAIL two years running, social evaluation dissatisfied; cases opened on them. */
@Path("v1/tenants/{code}/accountability-flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountabilityFlagResource {

    @Inject
    AccountabilityFlags flags;

    @GET
    @Operation(summary = "The tenant's accountability flags (the office)")
    public List<FlagView> list(@PathParam("code") String code) {
        return flags.list();
    }

    @POST
    @Path("social-evaluation")
    @Operation(summary = "Flag a unit whose social evaluation in a campaign came out dissatisfied (the survey side or "
            + "the office); the same unit and campaign twice is a 409")
    public Response socialEvaluation(@PathParam("code") String code, SocialEvaluationResult result) {
        return Response.status(201).entity(flags.socialEvaluationDissatisfied(Check.present("body", result))).build();
    }

    @POST
    @Path("{flagId}/case")
    @Operation(summary = "Mark that the accountability case of a flag was opened, with its reference (the office); "
            + "409 the second time")
    public FlagView openCase(@PathParam("code") String code, @PathParam("flagId") String flagId, CaseOpening opening) {
        return flags.openCase(PathIds.uuid(flagId, "accountability flag"), Check.present("body", opening));
    }
}
