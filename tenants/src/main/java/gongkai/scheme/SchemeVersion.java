package gongkai.scheme;

import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.SchemeProblem;

import java.util.List;

/**
 * One version of a scheme with its definition and what the validator finds wrong with it (empty when the engine
 * can use it). Problem paths are relative to the definition, e.g. {@code components[0].weight}.
 */
public record SchemeVersion(SchemeSummary summary, SchemeDefinition definition, List<SchemeProblem> problems) {

    public SchemeVersion {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
