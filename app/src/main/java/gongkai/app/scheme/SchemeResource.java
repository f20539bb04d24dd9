package gongkai.app.scheme;

import gongkai.error.Check;
import gongkai.scheme.NewScheme;
import gongkai.scheme.SchemeSummary;
import gongkai.scheme.SchemeVersion;
import gongkai.scheme.Schemes;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeProblem;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.ScoringInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A tenant's assessment schemes, their versions, validation, approval, preview and exports (issue 3). */
@Path("v1/tenants/{code}/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemeResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Schemes schemes;

    @GET
    @Operation(summary = "The tenant's scheme versions the caller may read, newest year first")
    public List<SchemeSummary> list(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return schemes.list(year);
    }

    @POST
    @Operation(summary = "Create a scheme as draft version 1 from a template, a copy or an imported definition (the office)")
    public Response create(@PathParam("code") String code, NewScheme request) {
        SchemeVersion created = schemes.create(Check.present("body", request));
        return Response.created(versionUri(code, created)).entity(created).build();
    }

    @GET
    @Path("{schemeCode}")
    @Operation(summary = "The latest version of a scheme the caller may read")
    public SchemeVersion latest(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode) {
        return schemes.latest(schemeCode);
    }

    @POST
    @Path("{schemeCode}/versions")
    @Operation(summary = "Start the next version as a draft copy of the latest (the office)")
    public Response newVersion(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode) {
        SchemeVersion created = schemes.newVersion(schemeCode);
        return Response.created(versionUri(code, created)).entity(created).build();
    }

    @GET
    @Path("{schemeCode}/versions/{version}")
    @Operation(summary = "One version of a scheme with its definition and problems")
    public SchemeVersion get(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                             @PathParam("version") int version) {
        return schemes.get(schemeCode, version);
    }

    @PUT
    @Path("{schemeCode}/versions/{version}")
    @Operation(summary = "Replace a draft's definition (the office); saved with its problems, which are returned")
    public SchemeVersion update(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                                @PathParam("version") int version, SchemeDefinition definition) {
        return schemes.update(schemeCode, version, Check.present("body", definition));
    }

    @POST
    @Path("{schemeCode}/versions/{version}/validation")
    @Operation(summary = "Validate a version: every problem with its path (empty when valid)")
    public List<SchemeProblem> validate(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                                        @PathParam("version") int version) {
        return schemes.get(schemeCode, version).problems();
    }

    @POST
    @Path("{schemeCode}/versions/{version}/approval")
    @Operation(summary = "Approve a valid draft, freezing it (the office); 400 with every problem otherwise")
    public SchemeVersion approve(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                                 @PathParam("version") int version) {
        return schemes.approve(schemeCode, version);
    }

    @POST
    @Path("{schemeCode}/versions/{version}/preview")
    @Operation(summary = "Score an input under a version in any state (what-if; nothing is stored)")
    public ScoreSheet preview(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                              @PathParam("version") int version, ScoringInput input) {
        return schemes.preview(schemeCode, version, Check.present("body", input));
    }

    @GET
    @Path("{schemeCode}/versions/{version}/export")
    @Operation(summary = "Download a version's definition as JSON, to import elsewhere")
    public Response export(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                           @PathParam("version") int version) {
        SchemeVersion scheme = schemes.get(schemeCode, version);
        return Response.ok(scheme.definition(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", attachment(scheme, ".json")).build();
    }

    @GET
    @Path("{schemeCode}/versions/{version}/scoring-sheet.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Download a version's scoring sheet (评分表) as XLSX, to issue to units")
    public Response scoringSheet(@PathParam("code") String code, @PathParam("schemeCode") String schemeCode,
                                 @PathParam("version") int version) {
        SchemeVersion scheme = schemes.get(schemeCode, version);
        return Response.ok(ScoringSheetXlsx.write(scheme), XLSX)
                .header("Content-Disposition", attachment(scheme, "-scoring-sheet.xlsx")).build();
    }

    private static URI versionUri(String tenantCode, SchemeVersion version) {
        return URI.create("/api/v1/tenants/" + tenantCode + "/schemes/" + version.summary().code() + "/versions/"
                + version.summary().version());
    }

    // Scheme codes are URL-safe (lower-case letters, digits, '-'), so they need no quoting in a file name.
    private static String attachment(SchemeVersion scheme, String suffix) {
        return "attachment; filename=\"" + scheme.summary().code() + "-v" + scheme.summary().version() + suffix + "\"";
    }
}
