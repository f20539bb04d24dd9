package gongkai.scheme;

import gongkai.error.DomainException;
import gongkai.scoring.SchemeProblem;

import java.util.List;

/**
 * A refusal because a scheme definition has problems (approval of an invalid draft, scoring with one): a 400
 * that names every problem. {@link #fieldPrefix()} is where the definition sits in what the client sent or
 * reads, e.g. {@code definition} for a stored version ({@code definition.components[0].weight}) or {@code scheme}
 * for the what-if preview's body; {@link #field()} is the first problem's full path.
 */
public class SchemeProblemsException extends DomainException {

    private final String fieldPrefix;
    private final List<SchemeProblem> problems;

    public SchemeProblemsException(String message, String fieldPrefix, List<SchemeProblem> problems) {
        super(Kind.INVALID, problems.isEmpty() ? fieldPrefix : fullPath(fieldPrefix, problems.get(0).path()),
                message);
        this.fieldPrefix = fieldPrefix;
        this.problems = List.copyOf(problems);
    }

    public String fieldPrefix() {
        return fieldPrefix;
    }

    public List<SchemeProblem> problems() {
        return problems;
    }

    /** Each problem with its path below {@link #fieldPrefix()}. */
    public List<SchemeProblem> fieldProblems() {
        return problems.stream().map(p -> new SchemeProblem(fullPath(fieldPrefix, p.path()), p.message())).toList();
    }

    static String fullPath(String prefix, String path) {
        if (prefix == null || prefix.isEmpty()) {
            return path;
        }
        return path == null || path.isEmpty() ? prefix : prefix + "." + path;
    }
}
