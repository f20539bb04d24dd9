package gongkai.cycle;

/**
 * A finding that later opens an accountability case (责任追究); the flag itself sanctions nothing.
 *
 * @param basis what the flag rests on, e.g. {@code 2024 FAIL, 2025 FAIL}
 */
public record AccountabilityFlag<U>(U unit, Kind kind, String basis) {

  public enum Kind {
    /** Jiangmen 2020 Art. 10: fail two years in a row (with serious impact: the case decides that). */
    FAIL_TWO_YEARS_RUNNING,
    /** Weibin 2020 Art. 14: a social evaluation result of "dissatisfied" is an accountable event. */
    SOCIAL_EVALUATION_DISSATISFIED
  }
}
