package gongkai.scoring;

import static gongkai.scoring.ExplanationLine.Kind.CONDITION;
import static gongkai.scoring.ExplanationLine.Kind.GRADE;
import static gongkai.scoring.ExplanationLine.Kind.VETO;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a total: the band it falls in, then vetoes, then conditions. Vetoes and conditions lower the grade to
 * their forced grade, never raise it (the worse of the two wins).
 */
final class Grading {

  private final List<GradeBand> bands;
  private final Map<Grade, String> labels = new EnumMap<>(Grade.class);
  private final Map<String, VetoRule> vetoes = new HashMap<>();
  private final List<GradeCondition> conditions;

  Grading(SchemeDefinition scheme) {
    bands = scheme.gradeBands();
    bands.forEach(band -> labels.put(band.grade(), band.label()));
    scheme.vetoRules().forEach(veto -> vetoes.put(veto.code(), veto));
    conditions = scheme.gradeConditions();
  }

  /** Rejects vetoes and a satisfaction rate the scheme has no place for, before any scoring. */
  void checkInput(ScoringInput input) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < input.vetoes().size(); i++) {
      String code = input.vetoes().get(i);
      String field = "input.vetoes[" + i + "]";
      if (code == null || !vetoes.containsKey(code)) {
        throw new InvalidScoringInputException(field, "no veto rule '" + code + "' in this scheme"
            + (vetoes.isEmpty() ? " (it has none)" : "; its veto rules are "
            + String.join(", ", vetoes.keySet().stream().sorted().toList())));
      }
      if (!seen.add(code)) {
        throw new InvalidScoringInputException(field, "veto '" + code + "' is listed twice");
      }
    }
    BigDecimal rate = input.satisfactionRate();
    if (rate == null && !conditions.isEmpty()) {
      throw new InvalidScoringInputException("input.satisfactionRate", "grade condition '"
          + conditions.get(0).code() + "' needs the public satisfaction rate (0..1)");
    }
    if (rate != null && conditions.isEmpty()) {
      throw new InvalidScoringInputException("input.satisfactionRate",
          "this scheme has no grade condition on the satisfaction rate");
    }
    if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
      throw new InvalidScoringInputException("input.satisfactionRate",
          "a rate lies between 0 and 1, got " + rate.toPlainString());
    }
  }

  Grade grade(Points total, ScoringInput input, Explanation explanation) {
    GradeBand band = bandOf(total);
    Grade grade = band.grade();
    explanation.add(GRADE, band.grade().name(), "total " + total + " lies in " + band.range() + ": "
        + band.grade() + " (" + band.label() + ")", "grade", total, band.range(), band.grade(), band.label());
    for (String code : input.vetoes()) {
      VetoRule veto = vetoes.get(code);
      Grade after = grade.worse(veto.forcedGrade());
      explanation.add(VETO, code, "veto " + code + (veto.description() == null ? "" : " (" + veto.description()
          + ")") + ": grade " + (after == grade ? "stays " + grade : grade + " -> " + after),
          (after == grade ? "veto.stays" : "veto.changes") + (veto.description() == null ? "" : ".described"),
          code, grade, after, veto.description());
      grade = after;
    }
    for (GradeCondition condition : conditions) {
      grade = condition(condition, input.satisfactionRate(), grade, explanation);
    }
    return grade;
  }

  private static Grade condition(GradeCondition condition, BigDecimal rate, Grade grade, Explanation explanation) {
    String test = "satisfactionRate " + rate.toPlainString() + " " + condition.comparison().symbol() + " "
        + condition.threshold().toPlainString();
    if (!condition.comparison().holds(rate, condition.threshold())) {
      explanation.add(CONDITION, condition.code(), "condition " + condition.code() + ": not (" + test
          + "), no effect", "condition.noEffect", condition.code(), rate.toPlainString(),
          condition.comparison().symbol(), condition.threshold().toPlainString());
      return grade;
    }
    Grade after = grade.worse(condition.forcedGrade());
    explanation.add(CONDITION, condition.code(), "condition " + condition.code() + ": " + test + ", grade "
        + (after == grade ? "stays " + grade : grade + " -> " + after),
        after == grade ? "condition.stays" : "condition.changes", condition.code(), rate.toPlainString(),
        condition.comparison().symbol(), condition.threshold().toPlainString(), grade, after);
    return after;
  }

  String label(Grade grade) {
    return labels.get(grade);
  }

  private GradeBand bandOf(Points total) {
    for (GradeBand band : bands) {
      if (band.contains(total.value())) {
        return band;
      }
    }
    throw new IllegalStateException("validated bands do not cover " + total);
  }
}
