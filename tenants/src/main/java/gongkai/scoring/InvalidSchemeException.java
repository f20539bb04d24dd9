package gongkai.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** A scheme definition that {@link SchemeValidator} rejected; carries every problem found. */
public final class InvalidSchemeException extends RuntimeException {

  private final List<SchemeProblem> problems;

  public InvalidSchemeException(List<SchemeProblem> problems) {
    super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<SchemeProblem> problems() {
    return problems;
  }
}
