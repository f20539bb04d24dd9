package gongkai.app.scheme;

import gongkai.error.DomainException;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.ScoringInput;

/** The stateless what-if preview's body: a built-in {@code template} id or a whole {@code scheme}, and the input. */
public record PreviewRequest(String template, SchemeDefinition scheme, ScoringInput input) {

    public PreviewRequest {
        boolean hasTemplate = template != null && !template.isBlank();
        if (hasTemplate == (scheme != null)) {
            throw DomainException.invalid(hasTemplate ? "scheme" : "template",
                    "give either a template id or a whole scheme, " + (hasTemplate ? "not both" : "neither was given"));
        }
    }
}
