package gongkai.app.survey;

import gongkai.error.Check;
import gongkai.survey.NewQuestionnaire;
import gongkai.survey.QuestionnaireDefinition;
import gongkai.survey.QuestionnaireVersion;
import gongkai.survey.Questionnaires;
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

/**
 * A tenant's questionnaires, versioned (issue 5). A version's {@code definition} is the JSON that export gives and
 * import (a new questionnaire with a definition, or a draft's replacement) takes.
 */
@Path("v1/tenants/{code}/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    @Inject
    Questionnaires questionnaires;

    @GET
    @Operation(summary = "Every version of the tenant's questionnaires (the office and assessors)")
    public List<QuestionnaireVersion> list(@PathParam("code") String code) {
        return questionnaires.list();
    }

    @POST
    @Operation(summary = "Create version 1 as a draft: the built-in questionnaire, or an imported definition (the office)")
    public Response create(@PathParam("code") String code, NewQuestionnaire request) {
        QuestionnaireVersion created = questionnaires.create(Check.present("body", request));
        return Response.created(uri(code, created)).entity(created).build();
    }

    @POST
    @Path("{questionnaireCode}/versions")
    @Operation(summary = "Start the next version as a draft copy of the latest (the office)")
    public Response newVersion(@PathParam("code") String code, @PathParam("questionnaireCode") String questionnaireCode) {
        QuestionnaireVersion created = questionnaires.newVersion(questionnaireCode);
        return Response.created(uri(code, created)).entity(created).build();
    }

    @GET
    @Path("{questionnaireCode}/versions/{version}")
    @Operation(summary = "One version with its definition (the export)")
    public QuestionnaireVersion get(@PathParam("code") String code,
                                    @PathParam("questionnaireCode") String questionnaireCode,
                                    @PathParam("version") int version) {
        return questionnaires.get(questionnaireCode, version);
    }

    @GET
    @Path("{questionnaireCode}/versions/{version}/export")
    @Operation(summary = "Download a version's definition as a JSON file, to import as a new questionnaire or into a draft")
    public Response export(@PathParam("code") String code, @PathParam("questionnaireCode") String questionnaireCode,
                           @PathParam("version") int version) {
        QuestionnaireVersion v = questionnaires.get(questionnaireCode, version);
        return Response.ok(v.definition(), MediaType.APPLICATION_JSON_TYPE).header("Content-Disposition",
                "attachment; filename=\"questionnaire-" + v.code() + "-v" + v.version() + ".json\"").build();
    }

    @PUT
    @Path("{questionnaireCode}/versions/{version}")
    @Operation(summary = "Replace a draft's definition (the office); 409 once a campaign uses the version")
    public QuestionnaireVersion update(@PathParam("code") String code,
                                       @PathParam("questionnaireCode") String questionnaireCode,
                                       @PathParam("version") int version, QuestionnaireDefinition definition) {
        return questionnaires.update(questionnaireCode, version, Check.present("body", definition));
    }

    private static URI uri(String code, QuestionnaireVersion v) {
        return URI.create("/api/v1/tenants/" + code + "/questionnaires/" + v.code() + "/versions/" + v.version());
    }
}
