package gongkai.app.survey;

import gongkai.error.Check;
import gongkai.app.problem.PathIds;
import gongkai.error.DomainException;
import gongkai.survey.CampaignResults;
import gongkai.survey.CampaignRules;
import gongkai.survey.AnswerDistribution;
import gongkai.survey.CampaignResults;
import gongkai.survey.FlaggedResponse;
import gongkai.survey.ResponseReview;
import gongkai.survey.CampaignSummary;
import gongkai.survey.Campaigns;
import gongkai.survey.NewCampaign;
import gongkai.survey.NewPanelMember;
import gongkai.survey.PanelInvitation;
import gongkai.survey.PanelMemberStatus;
import gongkai.survey.Panels;
import gongkai.survey.SurveyResults;
import gongkai.survey.UnitLevels;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;

/** A tenant's social-evaluation campaigns and their results (issue 5). */
@Path("v1/tenants/{code}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    Campaigns campaigns;

    @Inject
    SurveyResults results;

    @Inject
    Panels panels;

    @GET
    @Operation(summary = "The tenant's campaigns with their public slug, status and dates (in the tenant's zone)")
    public List<CampaignSummary> list(@PathParam("code") String code) {
        return campaigns.list();
    }

    @POST
    @Operation(summary = "Create a campaign over some of the tenant's units with a questionnaire (the office)")
    public Response create(@PathParam("code") String code, NewCampaign request) {
        CampaignSummary created = campaigns.create(Check.present("body", request));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/campaigns/" + created.code()))
                .entity(created).build();
    }

    @GET
    @Path("{campaignCode}")
    @Operation(summary = "One campaign with its slug, status, dates and units")
    public CampaignSummary get(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return campaigns.get(campaignCode);
    }

    @GET
    @Path("{campaignCode}/rules")
    @Operation(summary = "How the campaign's responses become results: public and panel weights (percent), level"
            + " basis and thresholds, minimum samples")
    public CampaignRules rules(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return campaigns.rules(campaignCode);
    }

    @PUT
    @Path("{campaignCode}/rules")
    @Operation(summary = "Set how the campaign's responses become results (the office); weights sum to 100,"
            + " satisfiedFrom >= basicallySatisfiedFrom")
    public CampaignRules changeRules(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                                     CampaignRules rules) {
        return campaigns.changeRules(campaignCode, Check.present("body", rules));
    }

    @POST
    @Path("{campaignCode}/panel")
    @Operation(summary = "Invite a representative panel member (name, type); answers their personal link once"
            + " (the office)")
    public Response invite(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                           NewPanelMember member) {
        PanelInvitation invitation = panels.invite(campaignCode, Check.present("body", member));
        return Response.status(201).entity(invitation).build();
    }

    @GET
    @Path("{campaignCode}/panel")
    @Operation(summary = "The panel: each member's type, units scored, whether finished, reminders (the office and"
            + " assessors)")
    public List<PanelMemberStatus> panel(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return panels.members(campaignCode);
    }

    @POST
    @Path("{campaignCode}/panel/{memberId}/reminders")
    @Operation(summary = "Record a reminder to a panel member (the office; no message is sent)")
    public PanelMemberStatus remind(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                                    @PathParam("memberId") String memberId) {
        return panels.remind(campaignCode, PathIds.uuid(memberId, "panel member"));
    }


    @GET
    @Path("{campaignCode}/responses.csv")
    @Produces("text/csv")
    @Operation(summary = "Every response of a campaign as CSV (UTF-8 with a byte-order mark for spreadsheets),"
            + " one column per question (the office and assessors)")
    public Response responsesCsv(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return Response.ok(SurveyTables.csv(SurveyTables.strings(results.responseTable(campaignCode))),
                "text/csv; charset=UTF-8").header("Content-Disposition", attachment(campaignCode, "responses.csv")).build();
    }

    @GET
    @Path("{campaignCode}/responses.xlsx")
    @Produces(SurveyTables.XLSX)
    @Operation(summary = "Every response of a campaign as XLSX, the same columns as the CSV (the office and assessors)")
    public Response responsesXlsx(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return Response.ok(SurveyTables.xlsx("responses", SurveyTables.strings(results.responseTable(campaignCode))),
                SurveyTables.XLSX).header("Content-Disposition", attachment(campaignCode, "responses.xlsx")).build();
    }

    @GET
    @Path("{campaignCode}/results.csv")
    @Produces("text/csv")
    @Operation(summary = "The results per unit as CSV: every figure with all responses, then without excluded ones")
    public Response resultsCsv(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return Response.ok(SurveyTables.csv(SurveyTables.results(results.of(campaignCode))), "text/csv; charset=UTF-8")
                .header("Content-Disposition", attachment(campaignCode, "results.csv")).build();
    }

    @GET
    @Path("{campaignCode}/results.xlsx")
    @Produces(SurveyTables.XLSX)
    @Operation(summary = "The results per unit as XLSX (numbers as numbers), the same columns as the CSV")
    public Response resultsXlsx(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return Response.ok(SurveyTables.xlsx("results", SurveyTables.results(results.of(campaignCode))), SurveyTables.XLSX)
                .header("Content-Disposition", attachment(campaignCode, "results.xlsx")).build();
    }

    private static String attachment(String campaignCode, String name) {
        return "attachment; filename=\"" + campaignCode + "-" + name + "\"";
    }

    @GET
    @Path("{campaignCode}/results")
    @Operation(summary = "Per unit: response counts, satisfaction rate (Wilson 95%), score, level and warnings,"
            + " with all responses and without flagged ones (the office and assessors)")
    public CampaignResults results(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return results.of(campaignCode);
    }

    @GET
    @Path("{campaignCode}/flagged-responses")
    @Operation(summary = "The responses quality checks flagged (bursts from one address hash, identical patterns,"
            + " too fast), with the administrator's review (the office and assessors)")
    public List<FlaggedResponse> flagged(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return results.flagged(campaignCode);
    }

    @POST
    @Path("{campaignCode}/reviews")
    @Operation(summary = "Exclude a flagged response from the second figure, keep it, or withdraw the decision (the office)")
    public FlaggedResponse review(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode,
                                  ResponseReview review) {
        return results.review(campaignCode, Check.present("body", review));
    }

    @GET
    @Path("{campaignCode}/answer-distribution")
    @Operation(summary = "How often each option or rating was chosen, per question, over the campaign")
    public List<AnswerDistribution> answerDistribution(@PathParam("code") String code,
                                                       @PathParam("campaignCode") String campaignCode) {
        return results.answerDistribution(campaignCode);
    }

    @GET
    @Path("{campaignCode}/level-distribution")
    @Operation(summary = "Per unit, the five-level answers counted per level (most satisfied first)")
    public List<UnitLevels> levelDistribution(@PathParam("code") String code, @PathParam("campaignCode") String campaignCode) {
        return results.levelDistribution(campaignCode);
    }
}
