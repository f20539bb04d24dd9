package gongkai.app.survey;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.error.Check;
import gongkai.survey.PanelForm;
import gongkai.survey.PanelLinks;
import gongkai.survey.Receipt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * A representative panel member's personal link (issue 5): no account, the token is the credential. The tenant
 * comes from the token's directory entry only; the work runs as the system for that tenant ({@link PanelLinks}, the
 * same path as the Vaadin panel page).
 */
@Path("v1/public/panel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PanelResource {

    @Inject
    PanelLinks links;

    /** A member's scores for one unit: the questionnaire's answers by question code. */
    public record PanelScores(Map<String, JsonNode> answers) {
    }

    @GET
    @Path("{token}")
    @Operation(summary = "A panel member's form behind their personal link: the campaign, the units (scored or not)"
            + " and the questionnaire")
    public PanelForm form(@PathParam("token") String token) {
        return links.form(token);
    }

    @PUT
    @Path("{token}/units/{unitCode}")
    @Operation(summary = "A panel member's scores for one unit (replacing their earlier ones while the campaign is"
            + " open): 200, 400 naming the question, 404 unknown link or unit, 409 not open")
    public Receipt score(@PathParam("token") String token, @PathParam("unitCode") String unitCode,
                         PanelScores scores) {
        return links.score(token, unitCode, () -> Check.present("body", scores).answers());
    }
}
