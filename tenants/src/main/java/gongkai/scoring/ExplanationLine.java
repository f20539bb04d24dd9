package gongkai.scoring;

import java.util.List;

/**
 * One step of the score sheet's explanation.
 *
 * @param kind what sort of step it was
 * @param code the component, rule, band or condition code the step applied
 * @param text a human-readable account in English, e.g. {@code "bonuses 12.00 capped at 10.00"} (the API's form)
 * @param key  the same account as a message key (e.g. {@code "cap.bonuses"}) that a user interface translates with
 *             {@code args}; null on lines stored before keys existed
 * @param args the message's arguments in order: codes, numbers as plain strings, grades as {@link Grade} names
 */
public record ExplanationLine(Kind kind, String code, String text, String key, List<String> args) {

  public ExplanationLine {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public ExplanationLine(Kind kind, String code, String text) {
    this(kind, code, text, null, List.of());
  }

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
