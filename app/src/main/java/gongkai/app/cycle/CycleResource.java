package gongkai.app.cycle;

import gongkai.cycle.AssessorAssignment;
import gongkai.cycle.AssessorScoring;
import gongkai.cycle.AutomatedChecks;
import gongkai.cycle.CycleConsequences;
import gongkai.cycle.CycleMove;
import gongkai.cycle.CycleSummary;
import gongkai.cycle.CycleView;
import gongkai.cycle.Cycles;
import gongkai.cycle.NewCycle;
import gongkai.cycle.ReviewDecisionInput;
import gongkai.cycle.ReviewRequestInput;
import gongkai.cycle.ReviewView;
import gongkai.cycle.RoutineViews;
import gongkai.cycle.Reviews;
import gongkai.cycle.ScoreEntry;
import gongkai.cycle.SelfAssessmentInput;
import gongkai.cycle.SocialEvaluationLink;
import gongkai.cycle.SelfAssessmentView;
import gongkai.cycle.SelfAssessments;
import gongkai.cycle.UnitResult;
import gongkai.cycle.UnitScoresView;
import gongkai.error.Check;
import gongkai.app.problem.PathIds;
import gongkai.error.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A tenant's assessment cycles (issue 4): states, self-assessment, scoring, review and results. */
@Path("v1/tenants/{code}/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    Cycles cycles;

    @Inject
    SelfAssessments selfAssessments;

    @Inject
    AssessorScoring scoring;

    @Inject
    Reviews reviews;

    @Inject
    AutomatedChecks automatedChecks;

    @GET
    @Operation(summary = "The tenant's assessment cycles")
    public List<CycleSummary> list(@PathParam("code") String code) {
        return cycles.list();
    }

    @POST
    @Operation(summary = "Create a planned cycle from an approved scheme version for a set of units (the office); "
            + "freezes the scheme version")
    public Response create(@PathParam("code") String code, NewCycle request) {
        CycleView created = cycles.create(Check.present("body", request));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/cycles/" + created.code()))
                .entity(created).build();
    }

    @GET
    @Path("{cycleCode}")
    @Operation(summary = "A cycle with its dates, allowed moves and the units the caller may see")
    public CycleView get(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode) {
        return cycles.get(cycleCode);
    }

    @POST
    @Path("{cycleCode}/moves/{move}")
    @Operation(summary = "Move the cycle on (the office): notify, open-self-assessment, start-assessment, "
            + "compute-preliminary, reopen-assessment, open-review, close-review, finalise, publish, close, cancel; "
            + "409 when the state or a date does not allow it")
    public CycleView move(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                          @PathParam("move") String move, CycleMove details) {
        return cycles.move(cycleCode, move, details);
    }

    @GET
    @Path("{cycleCode}/social-evaluation")
    @Operation(summary = "The campaign whose results feed the scheme's SOCIAL components and satisfactionRate"
            + " conditions (204 when none is linked)")
    public SocialEvaluationLink socialEvaluation(@PathParam("code") String code,
                                                 @PathParam("cycleCode") String cycleCode) {
        return cycles.socialEvaluation(cycleCode);
    }

    @PUT
    @Path("{cycleCode}/social-evaluation")
    @Operation(summary = "Link the cycle to the campaign whose results feed its SOCIAL components and"
            + " satisfactionRate conditions (the office)")
    public SocialEvaluationLink linkSocialEvaluation(@PathParam("code") String code,
                                                     @PathParam("cycleCode") String cycleCode,
                                                     SocialEvaluationLink link) {
        return cycles.linkSocialEvaluation(cycleCode, Check.present("body", link));
    }

    @GET
    @Path("{cycleCode}/results")
    @Operation(summary = "The units' totals, grades and explanations the caller may see")
    public List<UnitResult> results(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode) {
        return cycles.results(cycleCode);
    }

    @PUT
    @Path("{cycleCode}/units/{unitCode}/assessors")
    @Operation(summary = "Assign the assessors of one unit in the cycle (the office)")
    public CycleView assign(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                            @PathParam("unitCode") String unitCode, AssessorAssignment assignment) {
        return cycles.assign(cycleCode, unitCode, Check.present("body", assignment));
    }

    @GET
    @Path("{cycleCode}/units/{unitCode}/self-assessment")
    @Operation(summary = "A unit's self-assessment")
    public SelfAssessmentView selfAssessment(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                                             @PathParam("unitCode") String unitCode) {
        return selfAssessments.get(cycleCode, unitCode);
    }

    @PUT
    @Path("{cycleCode}/units/{unitCode}/self-assessment")
    @Operation(summary = "Save the unit's self-assessment draft (the unit's liaison)")
    public SelfAssessmentView saveSelfAssessment(@PathParam("code") String code,
                                                 @PathParam("cycleCode") String cycleCode,
                                                 @PathParam("unitCode") String unitCode, SelfAssessmentInput draft) {
        return selfAssessments.save(cycleCode, unitCode, Check.present("body", draft));
    }

    @POST
    @Path("{cycleCode}/units/{unitCode}/self-assessment/submission")
    @Operation(summary = "Submit the unit's complete self-assessment, once (the unit's liaison)")
    public SelfAssessmentView submitSelfAssessment(@PathParam("code") String code,
                                                   @PathParam("cycleCode") String cycleCode,
                                                   @PathParam("unitCode") String unitCode) {
        return selfAssessments.submit(cycleCode, unitCode);
    }

    @GET
    @Path("{cycleCode}/units/{unitCode}/scores")
    @Operation(summary = "The assessors' scores and events of a unit, with its self-scores")
    public UnitScoresView scores(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                                 @PathParam("unitCode") String unitCode) {
        return scoring.get(cycleCode, unitCode);
    }

    @PUT
    @Path("{cycleCode}/units/{unitCode}/scores")
    @Operation(summary = "Enter scores (a comment below the maximum) and events of a unit (its assessors or the "
            + "office)")
    public UnitScoresView enterScores(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                                      @PathParam("unitCode") String unitCode, ScoreEntry entry) {
        return scoring.enter(cycleCode, unitCode, Check.present("body", entry));
    }

    @GET
    @Path("{cycleCode}/review-requests")
    @Operation(summary = "The review requests of the units the caller may see")
    public List<ReviewView> reviewRequests(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode) {
        return reviews.list(cycleCode);
    }

    @POST
    @Path("{cycleCode}/units/{unitCode}/review-requests")
    @Operation(summary = "Contest an indicator of the unit's preliminary result within the review window (the "
            + "unit's liaison)")
    public Response requestReview(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                                  @PathParam("unitCode") String unitCode, ReviewRequestInput input) {
        ReviewView created = reviews.request(cycleCode, unitCode, Check.present("body", input));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/cycles/" + cycleCode + "/units/"
                + unitCode + "/review-requests/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{cycleCode}/units/{unitCode}/review-requests/{requestId}/decision")
    @Operation(summary = "Accept a review request with the new score, or reject it, with a reason (the unit's "
            + "assessors or the office)")
    public ReviewView decide(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode,
                             @PathParam("unitCode") String unitCode, @PathParam("requestId") String requestId,
                             ReviewDecisionInput decision) {
        return reviews.decide(cycleCode, unitCode, PathIds.uuid(requestId, "review request"), Check.present("body", decision));
    }

    @GET
    @Path("{cycleCode}/consequences")
    @Operation(summary = "The commendation (EXCELLENT) and criticism (FAIL) lists from the locked grades")
    public CycleConsequences consequences(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode) {
        return cycles.consequences(cycleCode);
    }

    @GET
    @Path("{cycleCode}/ranking")
    @Operation(summary = "The units ranked by their results with the scheme's tie-break, last place marked (the "
            + "office; e.g. the quarterly ranking of routine assessment)")
    public List<RoutineViews.RankingLine> ranking(@PathParam("code") String code,
                                                  @PathParam("cycleCode") String cycleCode) {
        return cycles.ranking(cycleCode);
    }

    @GET
    @Path("{cycleCode}/bulletin")
    @Produces(BulletinDocx.MEDIA_TYPE)
    @Operation(summary = "The bulletin (通报) of the cycle as a Word document: units, totals, grades, commendations "
            + "and criticisms (the office; from FINAL on)")
    public Response bulletin(@PathParam("code") String code, @PathParam("cycleCode") String cycleCode) {
        byte[] docx = BulletinDocx.write(cycles.bulletin(cycleCode));
        return Response.ok(docx, BulletinDocx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bulletin-" + cycleCode + ".docx\"").build();
    }

    @POST
    @Path("{cycleCode}/automated-checks")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import automated-check results as scores during the assessment: CSV with the header "
            + "unitCode,indicatorCode,points,comment; all or nothing, a bad cell is a 400 naming rows[line].column")
    public AutomatedChecks.Imported importChecks(@PathParam("code") String code,
                                                 @PathParam("cycleCode") String cycleCode,
                                                 @Context HttpHeaders headers, byte[] body) {
        return automatedChecks.importCsv(cycleCode, CsvBodies.text(headers.getMediaType(), body));
    }

}
