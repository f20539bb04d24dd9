package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.tenancy.Acting;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The one path of a panel member's personal link, shared by the REST API ({@code /api/v1/public/panel/{token}}) and
 * the Vaadin panel page ({@code /p/{token}}): the token finds its tenant (404 when unknown), then the work runs as
 * the system for that tenant, as for public surveys ({@link PublicResponses}).
 */
@ApplicationScoped
public class PanelLinks {

    @Inject
    Panels panels;

    /** The form behind a personal link: the campaign, the units with whether each is scored, the questionnaire. */
    public PanelForm form(String token) {
        return as(panels.locate(token), () -> panels.form(token));
    }

    /** A member's scores for one unit, replacing their earlier ones while the campaign is open (see {@link Panels#score}). */
    public Receipt score(String token, String unitCode, Map<String, JsonNode> answers) {
        return score(token, unitCode, () -> answers);
    }

    /** As above, reading the answers only once the link is known (an unknown link is 404 before a missing body's 400). */
    public Receipt score(String token, String unitCode, Supplier<Map<String, JsonNode>> answers) {
        SurveyLocation location = panels.locate(token);
        Map<String, JsonNode> given = answers.get();
        return as(location, () -> panels.score(token, unitCode, given));
    }

    private static <T> T as(SurveyLocation location, Supplier<T> work) {
        return TenantContext.call(Acting.system(location.tenantId(), location.tenantCode()), work);
    }
}
