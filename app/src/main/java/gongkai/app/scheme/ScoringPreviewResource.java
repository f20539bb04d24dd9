package gongkai.app.scheme;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scheme.SchemeProblemsException;
import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.InvalidSchemeException;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoreSheet;
import gongkai.scoring.ScoringEngine;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The what-if preview (issue 3): scores an input under a built-in template or a scheme given whole, storing
 * nothing. A stable contract for offices simulating rules.
 */
@Path("v1/scoring/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringPreviewResource {

    @POST
    @Operation(summary = "Score an input under a template or a given scheme (what-if; nothing is stored)")
    public ScoreSheet preview(PreviewRequest request) {
        Check.present("body", request);
        SchemeDefinition scheme = request.scheme() != null ? request.scheme()
                : SchemeTemplates.find(request.template()).orElseThrow(() -> DomainException.invalid("template",
                "no template '" + request.template() + "'; the templates are "
                        + String.join(", ", SchemeTemplates.ids())));
        ScoringEngine engine;
        try {
            engine = ScoringEngine.of(scheme);
        } catch (InvalidSchemeException e) {
            throw new SchemeProblemsException("the scheme has " + e.problems().size() + " problem(s)", "scheme",
                    e.problems());
        }
        return engine.score(request.input());
    }
}
