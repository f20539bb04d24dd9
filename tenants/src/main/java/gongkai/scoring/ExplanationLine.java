package gongkai.scoring;

/**
 * One step of the score sheet's explanation.
 *
 * @param kind what sort of step it was
 * @param code the component, rule, band or condition code the step applied
 * @param text a human-readable account, e.g. {@code "bonuses 12.00 capped at 10.00"}
 */
public record ExplanationLine(Kind kind, String code, String text) {

  public enum Kind {
    COMPONENT,
    PERIOD,
    COMBINATION,
    BONUS,
    DEDUCTION,
    CAP,
    TOTAL,
    GRADE,
    VETO,
    CONDITION,
    PERFORMANCE
  }
}
